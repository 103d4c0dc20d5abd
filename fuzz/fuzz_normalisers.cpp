// libFuzzer target: the header dictionary and the value normalisers on any text.

#include "FuzzSupport.h"
#include "core/io/HeaderDictionary.h"
#include "core/io/ValueNormaliser.h"

using hrdesk::io::HeaderDictionary;
using hrdesk::io::ImportTarget;
using hrdesk::io::ValueNormaliser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    // A header names the same field before and after normalising it (the dictionary compares
    // normalised texts).
    const QString header = HeaderDictionary::normaliseHeader(text);
    for (const ImportTarget target : {ImportTarget::Staff, ImportTarget::Customers})
        HRDESK_FUZZ_CHECK(HeaderDictionary::fieldForHeader(target, text)
                          == HeaderDictionary::fieldForHeader(target, header));

    // A date that was understood is understood again, unchanged, as the ISO text it is stored as.
    const QDate date = ValueNormaliser::date(text);
    if (date.isValid())
        HRDESK_FUZZ_CHECK(ValueNormaliser::date(date.toString(Qt::ISODate)) == date);

    // Department segments are never empty nor padded, and a path joined from them splits back
    // into the same segments (departments are found again by their path).
    const QStringList path = ValueNormaliser::departmentPath(text);
    for (const QString &segment : path)
        HRDESK_FUZZ_CHECK(!segment.isEmpty() && segment == segment.trimmed());
    HRDESK_FUZZ_CHECK(ValueNormaliser::departmentPath(path.join(u'/')) == path);

    // The coded values: each either understands the text or gives an empty string, and a code
    // is its own code.
    for (auto normalise : {&ValueNormaliser::gender, &ValueNormaliser::idType, &ValueNormaliser::employeeStatus,
                           &ValueNormaliser::customerKind, &ValueNormaliser::customerTier,
                           &ValueNormaliser::customerStatus}) {
        const QString code = normalise(text);
        if (!code.isEmpty())
            HRDESK_FUZZ_CHECK(normalise(code) == code);
    }
    return 0;
}
