#pragma once

#include "core/io/ImportReport.h"
#include "core/io/ImportTarget.h"
#include "core/io/TableReader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace hrdesk::io {

// Which field each column of a file feeds, as proposed from the headers and edited in the import
// wizard. The wizard remembers it (toVariantMap() into QSettings) by header text, so that the next
// file with the same headers is mapped the same way.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::ColumnMapping)

public:
    ColumnMapping() = default;
    ColumnMapping(ImportTarget target, QStringList headers);

    // Fields matched from the headers with HeaderDictionary; the first column wins a field.
    static ColumnMapping automatic(ImportTarget target, const QStringList &headers);

    ImportTarget target() const { return m_target; }
    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return int(m_headers.size()); }

    // The field of a column; empty when the column is ignored.
    QString field(int column) const { return m_fields.value(column); }
    // The column feeding field, or -1.
    int column(const QString &field) const { return int(m_fields.indexOf(field)); }
    // Maps column to field (an empty field ignores the column); a field feeds one column only,
    // so it is taken from any other column.
    void setField(int column, const QString &field);

    // Required fields no column feeds (HeaderDictionary::isRequired).
    QStringList missingRequired() const;
    // Columns with a header that is not mapped.
    QList<int> unmatchedColumns() const;
    // "Missing column: 工号 (employee number)" style explanation, empty when complete.
    QString missingExplanation() const;

    // {target, columns: {header text: field}} — QSettings-friendly.
    QVariantMap toVariantMap() const;
    // Applies a remembered mapping to the columns whose header text it knows.
    void applyRemembered(const QVariantMap &remembered);

    // The trimmed cell of row that feeds field; empty when no column feeds it.
    QString cell(const TableRow &row, const QString &field) const;
    // A problem with field in row, named by the header as written in the file (or the field's
    // label when no column feeds it), with the cell's value.
    ImportProblem problem(const TableRow &row, const QString &field, const QString &reason) const;

private:
    ImportTarget m_target = ImportTarget::Staff;
    QStringList m_headers;
    QStringList m_fields;
};

} // namespace hrdesk::io
