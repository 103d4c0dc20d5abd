// The desk: options, language, unlock and sign-in, then the main window.
#include "app/DeskOptions.h"
#include "core/common/ProcessHardening.h"
#include "core/security/KeychainSecretStore.h"
#include "translations/TranslationLoader.h"
#include "ui/DialogStartupPrompter.h"
#include "ui/MainWindow.h"
#include "ui/StartupFlow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "hrdesk.app")

int main(int argc, char *argv[])
{
    hrdesk::disableCoreDumpsInReleaseBuilds();
    // Fractional scaling (125 %, 150 % on office laptops) without rounding fonts and icons.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HRDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("hrdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HRDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("HR Desk"));

    const hrdesk::DeskOptions options = hrdesk::DeskOptions::parse(app);
    hrdesk::TranslationLoader::install(
        app, options.language.isEmpty() ? hrdesk::TranslationLoader::storedLanguage() : options.language);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "HR Desk"));

    hrdesk::ui::StartupFlow::Options startup;
    startup.databasePath = options.databasePath;
    startup.signInAs = options.signInAs;
    if (!options.passphraseFile.isEmpty()) {
        QString error;
        startup.passphrase = hrdesk::DeskOptions::readPassphraseFile(options.passphraseFile, &error);
        if (!error.isEmpty())
            QMessageBox::warning(nullptr, QApplication::applicationDisplayName(), error);
    }
    QDir().mkpath(QFileInfo(startup.databasePath).absolutePath());

    hrdesk::security::KeychainSecretStore keychain;
    hrdesk::ui::DialogStartupPrompter prompter;
    hrdesk::ui::StartupFlow flow(keychain, prompter);
    hrdesk::ui::StartupFlow::Session session = flow.run(startup);
    if (!session.ok()) {
        qCInfo(lcApp) << "start-up cancelled or failed";
        return 1;
    }

    hrdesk::ui::MainWindow window(std::move(session));
    if (!options.section.isEmpty())
        window.showSection(options.section);
    if (options.showArchived) {
        // The "Show archived" box of every list page (ui/ArchiveControls).
        for (QCheckBox *box : window.findChildren<QCheckBox *>(QStringLiteral("showArchived")))
            box->setChecked(true);
    }
    window.show();
    if (!options.screenshotFile.isEmpty()) {
        // Give the window a moment to lay out and paint at its restored size before grabbing.
        QTimer::singleShot(800, &window, [&window, &options] {
            const bool saved = window.grab().save(options.screenshotFile);
            qCInfo(lcApp) << "screenshot" << options.screenshotFile << (saved ? "saved" : "failed");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
