#include "core/io/ColumnMapping.h"

#include "core/io/HeaderDictionary.h"

namespace hrdesk::io {

ColumnMapping::ColumnMapping(ImportTarget target, QStringList headers)
    : m_target(target)
    , m_headers(std::move(headers))
{
    for (QString &header : m_headers)
        header = header.trimmed();
    m_fields.resize(m_headers.size());
}

ColumnMapping ColumnMapping::automatic(ImportTarget target, const QStringList &headers)
{
    ColumnMapping mapping(target, headers);
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const QString field = HeaderDictionary::fieldForHeader(target, mapping.m_headers.at(column));
        if (!field.isEmpty() && mapping.column(field) < 0)
            mapping.m_fields[column] = field;
    }
    return mapping;
}

void ColumnMapping::setField(int column, const QString &field)
{
    if (column < 0 || column >= columnCount())
        return;
    if (!field.isEmpty()) {
        for (QString &other : m_fields) {
            if (other == field)
                other.clear();
        }
    }
    m_fields[column] = field;
}

QStringList ColumnMapping::missingRequired() const
{
    QStringList missing;
    for (const auto &field : HeaderDictionary::fields(m_target)) {
        if (field.required && column(field.id) < 0)
            missing.append(field.id);
    }
    return missing;
}

QList<int> ColumnMapping::unmatchedColumns() const
{
    QList<int> columns;
    for (int column = 0; column < columnCount(); ++column) {
        if (m_fields.at(column).isEmpty() && !m_headers.at(column).isEmpty())
            columns.append(column);
    }
    return columns;
}

QString ColumnMapping::missingExplanation() const
{
    const QStringList missing = missingRequired();
    if (missing.isEmpty())
        return QString();
    QStringList labels;
    for (const QString &field : missing) {
        const auto &fields = HeaderDictionary::fields(m_target);
        QString example;
        for (const auto &f : fields) {
            if (f.id == field)
                example = HeaderDictionary::label(m_target, field);
        }
        labels.append(example);
    }
    return tr("The file has no column for: %1. Add a column with one of these headers, or choose which column "
              "holds it.")
        .arg(labels.join(QStringLiteral(", ")));
}

QVariantMap ColumnMapping::toVariantMap() const
{
    QVariantMap columns;
    for (int column = 0; column < columnCount(); ++column) {
        if (!m_headers.at(column).isEmpty())
            columns.insert(m_headers.at(column), m_fields.at(column));
    }
    return {{QStringLiteral("target"), targetName(m_target)}, {QStringLiteral("columns"), columns}};
}

void ColumnMapping::applyRemembered(const QVariantMap &remembered)
{
    if (remembered.value(QStringLiteral("target")).toString() != targetName(m_target))
        return;
    const QVariantMap columns = remembered.value(QStringLiteral("columns")).toMap();
    const QStringList known = HeaderDictionary::fieldIds(m_target);
    for (int column = 0; column < columnCount(); ++column) {
        const auto it = columns.constFind(m_headers.at(column));
        if (it == columns.constEnd())
            continue;
        const QString field = it->toString();
        if (field.isEmpty() || known.contains(field))
            setField(column, field);
    }
}

QString ColumnMapping::cell(const TableRow &row, const QString &field) const
{
    const int at = column(field);
    return at < 0 ? QString() : row.cells.value(at).trimmed();
}

ImportProblem ColumnMapping::problem(const TableRow &row, const QString &field, const QString &reason) const
{
    const int at = column(field);
    return {row.number, at >= 0 ? m_headers.at(at) : HeaderDictionary::label(m_target, field),
            at >= 0 ? row.cells.value(at).trimmed() : QString(), reason};
}

} // namespace hrdesk::io
