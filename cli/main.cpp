// hrdesk-admin: the administration tool (thin: everything lives in AdminCli and core).

#include "cli/AdminCli.h"
#include "core/security/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hrdesk-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("HR Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HRDESK_VERSION));
    // Progress chatter of the libraries would bury the report; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("hrdesk.*.debug=false\nhrdesk.*.info=false"));
    hrdesk::security::KeychainSecretStore keychain;
    hrdesk::cli::AdminCli cli(keychain);
    return cli.run(QCoreApplication::arguments());
}
