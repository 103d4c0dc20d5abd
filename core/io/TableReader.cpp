#include "core/io/TableReader.h"

#include "core/io/CsvReader.h"
#include "core/io/XlsxReader.h"

#include <QFile>

namespace hrdesk::io {

bool TableReader::isWorkbook(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".xlsm"), Qt::CaseInsensitive))
        return true;
    // A workbook saved under another name still starts like a zip archive.
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayView("PK\x03\x04");
}

std::unique_ptr<TableReader> TableReader::forFile(const QString &path)
{
    if (isWorkbook(path))
        return std::make_unique<XlsxReader>();
    return std::make_unique<CsvReader>();
}

} // namespace hrdesk::io
