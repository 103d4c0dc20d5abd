// libFuzzer target: CsvReader (with TextDecoder's encoding detection) on any bytes.

#include "FuzzSupport.h"
#include "core/io/CsvReader.h"

namespace {

// Rows of a reader until the end, an error or the bound; row numbers only ever grow, and
// progress stays between 0 and 1.
void readAll(hrdesk::io::TableReader &reader)
{
    hrdesk::io::TableRow row;
    int last = 0;
    for (int i = 0; i < 100000 && reader.next(row); ++i) {
        HRDESK_FUZZ_CHECK(row.number > last);
        last = row.number;
        const double progress = reader.progress();
        HRDESK_FUZZ_CHECK(progress >= 0.0 && progress <= 1.0);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hrdesk::io::CsvReader file;
    if (file.open(hrdesk::fuzz::writeInput(data, size, "input.csv")))
        readAll(file);

    // The same bytes as text already decoded (the path the import preview takes).
    hrdesk::io::CsvReader text;
    text.openText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    readAll(text);
    return 0;
}
