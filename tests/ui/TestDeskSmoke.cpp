// Drives the real start-up flow and main window offscreen. Questions are answered by a
// ScriptedPrompter; the dialogs themselves are exercised separately with typed input.
#include "ScriptedPrompter.h"

#include "core/commands/Actor.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/security/MemorySecretStore.h"
#include "core/staff/DepartmentDirectory.h"
#include "core/staff/EmployeeService.h"
#include "core/validation/ResidentIdNumber.h"
#include "core/workspace/WorkspaceOpener.h"
#include "models/AuditLogModel.h"
#include "ui/AuditLogPage.h"
#include "ui/MainWindow.h"
#include "ui/NoticeLabel.h"
#include "ui/OverviewPage.h"
#include "ui/PassphraseDialog.h"
#include "ui/SignInDialog.h"
#include "ui/StartupFlow.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hrdesk;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");
const QString Login = QStringLiteral("clerk");
const QString Password = QStringLiteral("clerk-password-1");

void typeText(QWidget *widget, const QString &text)
{
    // keyClicks aborts on non-ASCII: an input method commit is how Chinese arrives anyway.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestDeskSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passphraseSignInShowsMainWindow();
    void wrongPassphraseShowsErrorAndDoesNotOpen();
    void wrongPasswordIsReportedAndRetried();
    void signInAsIsRefusedOnOrdinaryDatabases();
    void signInAsIsRefusedWhenTheDemoFlagIsForged();
    void demoDatabaseSignsInWithoutPasswordAndSaysSoInTheTitle();
    void firstRunWithoutKeychainUsesPassphraseAndShowsRecoveryKey();
    void missingKeychainEntryAsksForRecoveryKey();
    void auditLogModelPagesByKeyset();
    void passphraseDialogAcceptsChineseAndAscii();
    void signInDialogAcceptsChineseLoginAndShowsFailureInline();

private:
    // The path of a new passphrase database with the user Login and employees hired through
    // EmployeeService; empty (and m_fixtureError says why) if any step failed.
    QString createPassphraseDatabase(int employees);
    QString m_fixtureError;

    std::unique_ptr<QTemporaryDir> m_dir;
    security::MemorySecretStore m_store;
};

void TestDeskSmoke::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestDeskSmoke"));
    QSettings().clear();
}

void TestDeskSmoke::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDeskSmoke::createPassphraseDatabase(int employees)
{
    // Set up through the product's own commands; any failure fails the test that asked for it.
    m_fixtureError.clear();
    const QString path = m_dir->filePath(QStringLiteral("desk.db"));
    WorkspaceOpener opener(m_store);
    WorkspaceOpener::Outcome created =
        opener.create({path, WorkspaceOpener::Protection::Passphrase, Passphrase});
    if (!created.ok()) {
        m_fixtureError = QStringLiteral("create failed: ") + created.error;
        return {};
    }
    Workspace &ws = *created.workspace;
    const commands::Actor admin = commands::Actor::system();
    const commands::CommandResult user =
        ws.users().createUser(admin, Login, QStringLiteral("王小红"), QStringLiteral("hr_clerk"), Password);
    if (!user.ok) {
        m_fixtureError = QStringLiteral("createUser failed: ") + user.error;
        return {};
    }
    if (employees == 0)
        return path;
    staff::DepartmentDirectory directory(ws.db());
    QString department;
    const commands::CommandResult ensured =
        ws.runner().run(admin, QStringLiteral("department.ensure"), {}, [&](commands::CommandContext &ctx) {
            department = directory.ensurePath(ctx, QStringLiteral("华东区/上海分公司/销售一部"));
            return !department.isEmpty();
        });
    if (!ensured.ok) {
        m_fixtureError = QStringLiteral("department failed: ") + ensured.error;
        return {};
    }
    staff::EmployeeService service(ws);
    for (int i = 0; i < employees; ++i) {
        staff::Employee e;
        e.employeeNo = QStringLiteral("E%1").arg(i, 4, 10, QLatin1Char('0'));
        e.name = QStringLiteral("员工%1").arg(i);
        e.gender = QStringLiteral("female");
        e.birthDate = QDate(1990, 1, 1);
        e.idNumber = validation::ResidentIdNumber::withCheckDigit(QStringLiteral("11010119900101%1").arg(100 + 2 * i, 3, 10, QLatin1Char('0')));
        e.departmentId = department;
        e.hireDate = QDate(2024, 1, 2);
        e.status = QStringLiteral("active");
        const staff::StaffResult hired = service.create(admin, e);
        if (!hired.ok) {
            m_fixtureError = QStringLiteral("hiring %1 failed: %2").arg(e.name, hired.error);
            return {};
        }
    }
    return path;
}

void TestDeskSmoke::passphraseSignInShowsMainWindow()
{
    const QString path = createPassphraseDatabase(3);
    QVERIFY2(!path.isEmpty(), qPrintable(m_fixtureError));
    ScriptedPrompter prompter;
    prompter.passphrases = {Passphrase};
    prompter.signIns = {{Login, Password}};
    ui::StartupFlow flow(m_store, prompter);
    ui::StartupFlow::Session session = flow.run({path, {}, {}});
    QVERIFY2(session.ok(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(prompter.passphraseRequests.size(), 1);
    QVERIFY(!prompter.passphraseRequests.first().keychainUnavailable);
    QCOMPARE(session.protection, WorkspaceOpener::Protection::Passphrase);

    auto window = std::make_unique<ui::MainWindow>(std::move(session));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // Only the sections that exist today.
    QCOMPARE(window->sectionIds(), (QStringList{QStringLiteral("overview"), QStringLiteral("staff"), QStringLiteral("customers"),
                                                QStringLiteral("audit-log"), QStringLiteral("settings")}));
    QListWidget *nav = window->navigation();
    QCOMPARE(window->pages()->count(), nav->count());
    for (int row = nav->count() - 1; row >= 0; --row) {
        QSignalSpy changed(window->pages(), &QStackedWidget::currentChanged);
        const QRect rect = nav->visualItemRect(nav->item(row));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(window->pages()->currentIndex(), row);
        QVERIFY(changed.count() <= 1);
    }

    window->showSection(QStringLiteral("overview"));
    QCOMPARE(window->pages()->currentWidget(), window->overviewPage());
    QCOMPARE(window->overviewPage()->staffCountLabel()->text(), QStringLiteral("3"));
    QVERIFY(window->overviewPage()->keyNotice()->isVisible()); // passphrase: said on screen

    window->showSection(QStringLiteral("audit-log"));
    models::AuditLogModel *model = window->auditLogPage()->model();
    while (model->canFetchMore())
        model->fetchMore();
    const qint64 events = scalar(window->workspace().db(), QStringLiteral("SELECT COUNT(*) FROM audit_event"));
    QCOMPARE(model->rowCount(), static_cast<int>(events));
    bool signInShown = false;
    for (int row = 0; row < model->rowCount(); ++row)
        signInShown |= model->index(row, 0).data(models::AuditLogModel::RawActionRole).toString()
            == QLatin1String("session.sign_in");
    QVERIFY(signInShown);
    // newest first: the sign-in is the latest event
    QCOMPARE(model->index(0, 0).data(models::AuditLogModel::RawActionRole).toString(),
             QStringLiteral("session.sign_in"));
    QTest::mouseClick(window->auditLogPage()->verifyButton(), Qt::LeftButton);
    QTRY_VERIFY(window->auditLogPage()->resultLabel()->isVisible());
    QCOMPARE(window->auditLogPage()->resultLabel()->kind(), ui::NoticeLabel::Kind::Info);

    // The last section comes back at the next start.
    window->showSection(QStringLiteral("settings"));
    window->close();
    window.reset();
    ScriptedPrompter again;
    again.passphrases = {Passphrase};
    again.signIns = {{Login, Password}};
    ui::StartupFlow flow2(m_store, again);
    ui::StartupFlow::Session second = flow2.run({path, {}, {}});
    QVERIFY(second.ok());
    ui::MainWindow reopened(std::move(second));
    QCOMPARE(reopened.currentSectionId(), QStringLiteral("settings"));
}

void TestDeskSmoke::wrongPassphraseShowsErrorAndDoesNotOpen()
{
    const QString path = createPassphraseDatabase(0);
    QVERIFY2(!path.isEmpty(), qPrintable(m_fixtureError));
    ScriptedPrompter prompter;
    prompter.passphrases = {QStringLiteral("not the passphrase at all")};
    ui::StartupFlow flow(m_store, prompter);
    const ui::StartupFlow::Session session = flow.run({path, {}, {}});
    QVERIFY(!session.ok());
    QVERIFY(!session.workspace);
    // asked again, this time with the error on screen; then the person cancelled
    QCOMPARE(prompter.passphraseRequests.size(), 2);
    QVERIFY(prompter.passphraseRequests.at(0).error.isEmpty());
    QVERIFY(!prompter.passphraseRequests.at(1).error.isEmpty());
    QVERIFY(prompter.signInNotices.isEmpty());
}

void TestDeskSmoke::wrongPasswordIsReportedAndRetried()
{
    const QString path = createPassphraseDatabase(0);
    QVERIFY2(!path.isEmpty(), qPrintable(m_fixtureError));
    ScriptedPrompter prompter;
    prompter.passphrases = {Passphrase};
    prompter.signIns = {{Login, QStringLiteral("wrong password")}, {Login, Password}};
    ui::StartupFlow flow(m_store, prompter);
    const ui::StartupFlow::Session session = flow.run({path, {}, {}});
    QVERIFY(session.ok());
    QCOMPARE(prompter.signInErrors.size(), 1);
    QVERIFY(!prompter.signInErrors.first().isEmpty());
    QCOMPARE(scalar(session.workspace->db(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'session.sign_in_failed'")),
             1);
}

void TestDeskSmoke::signInAsIsRefusedOnOrdinaryDatabases()
{
    const QString path = createPassphraseDatabase(0);
    QVERIFY2(!path.isEmpty(), qPrintable(m_fixtureError));
    ScriptedPrompter prompter;
    prompter.passphrases = {Passphrase};
    ui::StartupFlow flow(m_store, prompter);
    const ui::StartupFlow::Session session = flow.run({path, Login, {}});
    // not a demo database: the password is still asked for, with the reason on screen
    QVERIFY(!session.ok());
    QCOMPARE(prompter.signInNotices.size(), 1);
    QVERIFY(!prompter.signInNotices.first().isEmpty());
}

void TestDeskSmoke::signInAsIsRefusedWhenTheDemoFlagIsForged()
{
    const QString path = createPassphraseDatabase(0);
    QVERIFY2(!path.isEmpty(), qPrintable(m_fixtureError));
    {
        // The flag alone, written outside the demo command (as older versions could), is not enough.
        WorkspaceOpener opener(m_store);
        WorkspaceOpener::Outcome opened = opener.open({path, WorkspaceOpener::KeySource::Passphrase, Passphrase});
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QSqlQuery q(opened.workspace->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo', '1')")));
        QVERIFY(!opened.workspace->isDemo());
    }
    ScriptedPrompter prompter;
    prompter.passphrases = {Passphrase};
    ui::StartupFlow flow(m_store, prompter);
    const ui::StartupFlow::Session session = flow.run({path, Login, {}});
    QVERIFY(!session.ok());
    QCOMPARE(prompter.signInNotices.size(), 1);
    QVERIFY(prompter.signInNotices.first().contains(QStringLiteral("demo")));
}

void TestDeskSmoke::demoDatabaseSignsInWithoutPasswordAndSaysSoInTheTitle()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.db"));
    {
        WorkspaceOpener opener(m_store);
        WorkspaceOpener::Outcome created = opener.create({path, WorkspaceOpener::Protection::Passphrase, Passphrase});
        QVERIFY2(created.ok(), qPrintable(created.error));
        demo::DemoDataGenerator::Options options;
        options.employees = 20;
        options.customers = 30;
        options.followUps = 0;
        const auto generated = demo::DemoDataGenerator(*created.workspace).generate(options);
        QVERIFY2(generated.ok, qPrintable(generated.error));
        QVERIFY(created.workspace->isDemo());
    }
    ScriptedPrompter prompter;
    prompter.passphrases = {Passphrase};
    ui::StartupFlow flow(m_store, prompter);
    ui::StartupFlow::Session session = flow.run({path, QStringLiteral("clerk"), {}});
    QVERIFY2(session.ok(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
    QVERIFY(prompter.signInNotices.isEmpty()); // no password asked
    QCOMPARE(scalar(session.workspace->db(), QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = "
                                                            "'session.sign_in' AND after_json LIKE '%\"demo\"%'")),
             1);
    ui::MainWindow window(std::move(session));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("demo data")), qPrintable(window.windowTitle()));
}

void TestDeskSmoke::firstRunWithoutKeychainUsesPassphraseAndShowsRecoveryKey()
{
    security::MemorySecretStore noKeychain;
    noKeychain.setAvailable(false);
    const QString path = m_dir->filePath(QStringLiteral("new.db"));
    ScriptedPrompter prompter;
    prompter.newPassphrases = {QStringLiteral("short"), Passphrase};
    prompter.firstUsers = {{QStringLiteral("admin"), QStringLiteral("李管理"), QStringLiteral("admin-password")}};
    prompter.signIns = {{QStringLiteral("admin"), QStringLiteral("admin-password")}};
    ui::StartupFlow flow(noKeychain, prompter);
    const ui::StartupFlow::Session session = flow.run({path, {}, {}});
    QVERIFY2(session.ok(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(prompter.createQuestions, 1);
    QVERIFY(session.keychainUnavailable);
    QCOMPARE(session.protection, WorkspaceOpener::Protection::Passphrase);
    QCOMPARE(prompter.newPassphraseRequests.size(), 2);
    QVERIFY(!prompter.newPassphraseRequests.first().keychainProblem.isEmpty());
    QVERIFY(!prompter.newPassphraseRequests.at(1).error.isEmpty()); // "short" was refused
    QCOMPARE(prompter.shownRecoveryKeys.size(), 1);
    QVERIFY(!prompter.shownRecoveryKeys.first().isEmpty());
    QCOMPARE(session.user.role, QStringLiteral("admin"));
}

void TestDeskSmoke::missingKeychainEntryAsksForRecoveryKey()
{
    const QString path = m_dir->filePath(QStringLiteral("keychain.db"));
    QString recoveryKey;
    {
        security::MemorySecretStore keychain;
        WorkspaceOpener opener(keychain);
        WorkspaceOpener::Outcome created = opener.create({path, WorkspaceOpener::Protection::Keychain, {}});
        QVERIFY2(created.ok(), qPrintable(created.error));
        recoveryKey = created.recoveryKey;
        QVERIFY(created.workspace->users()
                    .createUser(commands::Actor::system(), Login, QStringLiteral("王小红"),
                                QStringLiteral("hr_clerk"), Password)
                    .ok);
    }
    const QDateTime before = QFileInfo(path).birthTime();
    security::MemorySecretStore emptyKeychain; // a new profile: the keychain answers, without our entry
    ScriptedPrompter prompter;
    prompter.recoveryKeys = {QStringLiteral("AAAA-BBBB"), recoveryKey};
    prompter.signIns = {{Login, Password}};
    ui::StartupFlow flow(emptyKeychain, prompter);
    const ui::StartupFlow::Session session = flow.run({path, {}, {}});
    QVERIFY2(session.ok(), qPrintable(prompter.errors.join(QLatin1Char('\n'))));
    QCOMPARE(prompter.createQuestions, 0); // never offered to create a new database over it
    QCOMPARE(prompter.recoveryKeyRequests.size(), 2);
    QVERIFY(!prompter.recoveryKeyRequests.first().keychainUnavailable);
    QVERIFY(!prompter.recoveryKeyRequests.at(1).error.isEmpty());
    QCOMPARE(QFileInfo(path).birthTime(), before);
}

void TestDeskSmoke::auditLogModelPagesByKeyset()
{
    const QString path = m_dir->filePath(QStringLiteral("paging.db"));
    WorkspaceOpener opener(m_store);
    WorkspaceOpener::Outcome created = opener.create({path, WorkspaceOpener::Protection::Keychain, {}});
    QVERIFY2(created.ok(), qPrintable(created.error));
    Workspace &ws = *created.workspace;
    for (int i = 0; i < 450; ++i)
        QVERIFY(ws.runner()
                    .record(commands::Actor::system(),
                            {QStringLiteral("test.event"), QStringLiteral("test"), QString::number(i), QJsonValue(),
                             QJsonObject{{QStringLiteral("i"), i}}})
                    .ok);
    const qint64 total = scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM audit_event"));
    models::AuditLogModel model(ws.db());
    QCOMPARE(model.rowCount(), models::AuditLogModel::PageSize); // one page, not the table
    QVERIFY(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), static_cast<int>(total));
    QCOMPARE(inserted.count(), static_cast<int>((total - 1) / models::AuditLogModel::PageSize));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, 0).data(models::AuditLogModel::SeqRole).toLongLong()
                > model.index(row, 0).data(models::AuditLogModel::SeqRole).toLongLong());
    // unknown actions are shown raw rather than hidden
    QCOMPARE(model.index(0, models::AuditLogModel::ActionColumn).data().toString(), QStringLiteral("test.event"));
}

void TestDeskSmoke::passphraseDialogAcceptsChineseAndAscii()
{
    ui::PassphraseDialog dialog;
    dialog.setKeychainUnavailable(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.keychainNotice()->isVisible());
    QLineEdit *edit = dialog.passphraseEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("abc 123 "));
    typeText(edit, QStringLiteral("人力资源部的密码"));
    QCOMPARE(dialog.passphrase(), QStringLiteral("abc 123 人力资源部的密码"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(accepted.count(), 1);
}

void TestDeskSmoke::signInDialogAcceptsChineseLoginAndShowsFailureInline()
{
    QString seenLogin;
    QString seenPassword;
    ui::SignInDialog dialog({}, [&](const QString &login, const QString &password, QString *error) {
        seenLogin = login;
        seenPassword = password;
        *error = QStringLiteral("wrong");
        return std::optional<identity::LocalUser>();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.loginEdit()->setFocus();
    typeText(dialog.loginEdit(), QStringLiteral("张三"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("secret-1"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QCOMPARE(seenLogin, QStringLiteral("张三"));
    QCOMPARE(seenPassword, QStringLiteral("secret-1"));
    QTRY_VERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("wrong"));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
}

QTEST_MAIN(TestDeskSmoke)
#include "TestDeskSmoke.moc"
