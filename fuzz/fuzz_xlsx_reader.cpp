// libFuzzer target: XlsxReader (ZipArchive, the QXmlStreamReader parts and XlsxSheetScanner).
//
// Random bytes seldom make a zip whose checksums match, so most inputs are taken apart instead:
// the parts of a workbook separated by a line "--part--" (workbook, relations, styles, shared
// strings, sheet, in this order; missing ones are left out), stored in a well-formed zip. Inputs
// that begin with "PK" are read as the .xlsx file itself, so that the zip reading is fuzzed too.

#include "FuzzSupport.h"
#include "core/io/XlsxReader.h"
#include "tests/support/StoredZip.h"

#include <QMap>

namespace {

QByteArray workbookFromParts(const QByteArray &input)
{
    static const char *const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                        "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"};
    QMap<QByteArray, QByteArray> entries;
    entries.insert("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
    qsizetype from = 0;
    for (const char *name : names) {
        if (from > input.size())
            break;
        qsizetype end = input.indexOf("\n--part--\n", from);
        if (end < 0)
            end = input.size();
        entries.insert(name, input.mid(from, end - from));
        from = end + 10;
    }
    return hrdesk::test::storedZip(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray file = input.startsWith("PK") ? input : workbookFromParts(input);
    const QString path = hrdesk::fuzz::writeInput(reinterpret_cast<const uint8_t *>(file.constData()),
                                                  size_t(file.size()), "input.xlsx");
    hrdesk::io::XlsxReader reader;
    if (!reader.open(path)) {
        HRDESK_FUZZ_CHECK(!reader.error().isEmpty());
        return 0;
    }
    hrdesk::io::TableRow row;
    int last = 0;
    for (int i = 0; i < 100000 && reader.next(row); ++i) {
        HRDESK_FUZZ_CHECK(row.number > last);
        last = row.number;
        const double progress = reader.progress();
        HRDESK_FUZZ_CHECK(progress >= 0.0 && progress <= 1.0);
    }
    return 0;
}
