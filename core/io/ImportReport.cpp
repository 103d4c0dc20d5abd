#include "core/io/ImportReport.h"

#include "core/io/CsvExportWriter.h"

namespace hrdesk::io {

bool ImportReport::saveCsv(const QString &path, QString *error) const
{
    CsvExportWriter writer;
    if (!writer.open(path, error))
        return false;
    writer.writeRow({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
    for (const ImportProblem &problem : problems)
        writer.writeRow({problem.row > 0 ? QString::number(problem.row) : QString(), problem.column, problem.value,
                         problem.reason});
    return writer.finish(error);
}

} // namespace hrdesk::io
