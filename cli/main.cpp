// hrdesk-admin: the administration tool (thin: everything lives in AdminCli and core).

#include "cli/AdminCli.h"
#include "core/common/ProcessHardening.h"
#include "core/security/KeychainSecretStore.h"
#include "translations/TranslationLoader.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    hrdesk::disableCoreDumpsInReleaseBuilds();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hrdesk-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("HRDesk"));
    // Messages follow the system language (zh_CN on a Chinese system), like the desk's default.
    hrdesk::TranslationLoader::install(app, QString::fromLatin1(hrdesk::TranslationLoader::Automatic));
    QCoreApplication::setApplicationVersion(QStringLiteral(HRDESK_VERSION));
    // Progress chatter of the libraries would bury the report; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("hrdesk.*.debug=false\nhrdesk.*.info=false"));
    hrdesk::security::KeychainSecretStore keychain;
    hrdesk::cli::AdminCli cli(keychain);
    return cli.run(QCoreApplication::arguments());
}
