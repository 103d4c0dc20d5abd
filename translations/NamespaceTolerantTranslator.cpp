#include "translations/NamespaceTolerantTranslator.h"

#include <cstring>

namespace hrdesk {

QString NamespaceTolerantTranslator::translate(const char *context, const char *sourceText,
                                               const char *disambiguation, int n) const
{
    const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!exact.isEmpty() || context == nullptr)
        return exact;
    const char *bare = std::strrchr(context, ':');
    if (bare == nullptr || bare[1] == '\0')
        return exact;
    return QTranslator::translate(bare + 1, sourceText, disambiguation, n);
}

} // namespace hrdesk
