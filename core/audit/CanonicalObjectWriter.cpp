#include "core/audit/CanonicalObjectWriter.h"

#include "core/audit/CanonicalJson.h"

#include <algorithm>

namespace hrdesk::audit {

void CanonicalObjectWriter::add(QStringView key, qsizetype start)
{
    m_members.push_back({key, start, m_values.size() - start});
}

void CanonicalObjectWriter::addString(QStringView key, QStringView value)
{
    const qsizetype start = m_values.size();
    CanonicalJson::appendString(m_values, value);
    add(key, start);
}

void CanonicalObjectWriter::addInteger(QStringView key, qint64 value)
{
    const qsizetype start = m_values.size();
    m_values.append(QByteArray::number(value));
    add(key, start);
}

void CanonicalObjectWriter::addNull(QStringView key)
{
    const qsizetype start = m_values.size();
    m_values.append("null");
    add(key, start);
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
    qsizetype size = m_values.size() + 2;
    for (const Member &m : m_members)
        size += m.key.size() * 3 + 4;
    QByteArray out;
    out.reserve(size);
    out.append('{');
    bool first = true;
    for (size_t i = 0; i < m_members.size(); ++i) {
        const Member &m = m_members[i];
        if (i + 1 < m_members.size() && m_members[i + 1].key == m.key)
            continue;
        if (!first)
            out.append(',');
        first = false;
        CanonicalJson::appendString(out, m.key);
        out.append(':');
        out.append(m_values.constData() + m.start, m.length);
    }
    out.append('}');
    m_members.clear();
    m_values.resize(0); // keeps the allocation for the next object
    return out;
}

} // namespace hrdesk::audit
