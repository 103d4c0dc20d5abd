#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hrdesk::io {

// One problem of an imported file: the row as Excel numbers it (the header is row 1 when it is
// the first line), the column as its header is written in the file, the value found there and
// why it is refused. row 0 is a problem of the whole file (a missing column, an unreadable file).
struct ImportProblem
{
    int row = 0;
    QString column;
    QString value;
    QString reason;
};

// The row-level error report of an import, saved as CSV for Excel.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::ImportReport)

public:
    QList<ImportProblem> problems;

    bool isEmpty() const { return problems.isEmpty(); }
    // UTF-8 with BOM; a header line (Row, Column, Value, Reason) and one line per problem.
    bool saveCsv(const QString &path, QString *error) const;
};

} // namespace hrdesk::io
