#include "core/audit/CanonicalObjectWriter.h"

#include "core/audit/CanonicalJson.h"

#include <algorithm>

namespace hrdesk::audit {

void CanonicalObjectWriter::addString(QStringView key, QStringView value)
{
    QByteArray json;
    json.reserve(value.size() * 3 + 2);
    CanonicalJson::appendString(json, value);
    m_members.push_back({key, std::move(json)});
}

void CanonicalObjectWriter::addInteger(QStringView key, qint64 value)
{
    m_members.push_back({key, QByteArray::number(value)});
}

void CanonicalObjectWriter::addNull(QStringView key)
{
    m_members.push_back({key, QByteArrayLiteral("null")});
}

void CanonicalObjectWriter::addTextOrNull(QStringView key, QStringView value)
{
    if (value.isEmpty())
        addNull(key);
    else
        addString(key, value);
}

QByteArray CanonicalObjectWriter::text()
{
    // Stable, so that of equal keys the one added last is last, and kept below.
    std::stable_sort(m_members.begin(), m_members.end(),
                     [](const Member &a, const Member &b) { return a.key.compare(b.key) < 0; });
    qsizetype size = 2;
    for (const Member &m : m_members)
        size += m.key.size() * 3 + m.value.size() + 4;
    QByteArray out;
    out.reserve(size);
    out.append('{');
    bool first = true;
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (i + 1 < m_members.size() && m_members[i + 1].key == m_members[i].key)
            continue;
        if (!first)
            out.append(',');
        first = false;
        CanonicalJson::appendString(out, m_members[i].key);
        out.append(':');
        out.append(m_members[i].value);
    }
    out.append('}');
    m_members.clear();
    return out;
}

} // namespace hrdesk::audit
