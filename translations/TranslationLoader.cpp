#include "translations/TranslationLoader.h"

#include "translations/NamespaceTolerantTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "hrdesk.translations")

namespace hrdesk {

namespace {

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

} // namespace

QString TranslationLoader::resolve(const QString &languageSetting)
{
    if (languageSetting == QLatin1String(Chinese) || languageSetting == QLatin1String(English))
        return languageSetting;
    // zh_TW/zh_HK readers get Simplified Chinese rather than English: closer to what they read.
    return QLocale::system().language() == QLocale::Chinese ? QString::fromLatin1(Chinese)
                                                            : QString::fromLatin1(English);
}

QString TranslationLoader::qmResourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/hrdesk_%1.qm").arg(language);
}

QString TranslationLoader::install(QCoreApplication &app, const QString &languageSetting)
{
    const QString language = resolve(languageSetting);
    if (language == QLatin1String(English))
        return language; // the source strings are English
    QLocale::setDefault(QLocale(language));

    auto *ours = new NamespaceTolerantTranslator(&app);
    if (ours->load(qmResourcePath(language)))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcTranslations) << "missing embedded translation" << qmResourcePath(language);

    // Qt's own strings (standard buttons, file dialogs). Debian ships qtbase_* in
    // qt6-translations-l10n; some Qt versions only have the qt_* meta catalogue.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, qtDir) || qt->load(QStringLiteral("qt_") + language, qtDir))
        QCoreApplication::installTranslator(qt);
    else
        qCInfo(lcTranslations) << "no Qt translation for" << language << "in" << qtDir;
    return language;
}

QString TranslationLoader::storedLanguage()
{
    return QSettings().value(settingsKey(), QString::fromLatin1(Automatic)).toString();
}

void TranslationLoader::storeLanguage(const QString &language)
{
    QSettings().setValue(settingsKey(), language);
}

} // namespace hrdesk
