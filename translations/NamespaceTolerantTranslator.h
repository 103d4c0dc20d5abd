#pragma once

#include <QTranslator>

namespace hrdesk {

// lupdate in Qt 6.4 does not understand C++17 nested namespaces (`namespace hrdesk::ui {`) and
// files strings under the bare class name ("PassphraseDialog"), while tr() at run time asks for
// the qualified name ("hrdesk::ui::PassphraseDialog"). This translator tries the qualified
// context first (what newer lupdate versions write) and then the bare class name.
class NamespaceTolerantTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace hrdesk
