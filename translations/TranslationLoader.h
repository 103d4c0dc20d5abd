#pragma once

#include <QString>

class QCoreApplication;

namespace hrdesk {

// Chooses and installs the program's language: ours (embedded .qm) and Qt's own dialogs'.
// Qt Core only, so the admin tool uses the same choice as the desk.
class TranslationLoader
{
public:
    static constexpr const char *Automatic = "auto";
    static constexpr const char *Chinese = "zh_CN";
    static constexpr const char *English = "en";

    // "auto" follows the system: any Chinese locale gives zh_CN, everything else English.
    static QString resolve(const QString &languageSetting);
    // Installs translators on app (parented to it); returns the language in use.
    static QString install(QCoreApplication &app, const QString &languageSetting);

    // The choice saved in QSettings (Settings page); "auto" when none.
    static QString storedLanguage();
    static void storeLanguage(const QString &language);

    static QString qmResourcePath(const QString &language);
};

} // namespace hrdesk
