#include "app/DeskOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace hrdesk {

QString DeskOptions::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("hrdesk.db"));
}

DeskOptions DeskOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("HR Desk: staff files and the customer book, in an encrypted database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file to open or create."), tr("path"),
                                defaultDatabasePath());
    const QCommandLineOption signInAs(QStringLiteral("sign-in-as"),
                                      tr("Sign in as this user without a password (demo databases only)."),
                                      tr("login"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        tr("Read the database passphrase from this file (for demos and automation)."), tr("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language for this run: zh_CN, en or auto."), tr("language"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption section(QStringLiteral("section"), QString(), QStringLiteral("id"));
    section.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption showArchived(QStringLiteral("show-archived"));
    showArchived.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, signInAs, passphraseFile, language, screenshot, section, showArchived});
    parser.process(app);

    DeskOptions options;
    options.databasePath = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(db)));
    options.signInAs = parser.value(signInAs);
    options.passphraseFile = parser.value(passphraseFile);
    options.language = parser.value(language);
    options.screenshotFile = parser.value(screenshot);
    options.section = parser.value(section);
    options.showArchived = parser.isSet(showArchived);
    return options;
}

QString DeskOptions::readPassphraseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the passphrase file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QString passphrase = QString::fromUtf8(file.readLine()).trimmed();
    if (passphrase.isEmpty())
        *error = tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path));
    return passphrase;
}

} // namespace hrdesk
