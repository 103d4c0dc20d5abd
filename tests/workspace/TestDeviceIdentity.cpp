// The device identity belongs to an installation and a file path: a copy, another installation
// or a restored backup gets a device of its own, and each device numbers its outbox entries
// 1, 2, 3 … without gaps. Two devices never share a (device, sequence) pair.
#include "TempWorkspace.h"
#include "TestSupport.h"

#include "core/common/Ids.h"
#include "core/workspace/InstallationIdentity.h"
#include "core/workspace/WorkspaceBackup.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hrdesk;
using hrdesk::storage::Database;

namespace {

const commands::Actor Clerk{QStringLiteral("u-clerk"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};

std::unique_ptr<Workspace> attachAt(const QString &path, const QString &installation, QString *error,
                                    Database::Mode mode = Database::Mode::OpenExisting)
{
    auto database = Database::open(path, test::fixedTestKey(), mode, error);
    if (!database)
        return nullptr;
    return Workspace::attach(std::move(database), error, Clock::system(), installation);
}

commands::CommandResult createDepartment(Workspace &ws, const QString &code)
{
    const QString id = newId();
    return ws.runner().run(Clerk, QStringLiteral("department.create"), {{QStringLiteral("id"), id}},
                           [&](commands::CommandContext &ctx) {
                               QSqlQuery q(ctx.db());
                               q.prepare(QStringLiteral("INSERT INTO department (id, kind, code, name, updated_at) "
                                                        "VALUES (?, 'department', ?, ?, ?)"));
                               q.addBindValue(id);
                               q.addBindValue(code);
                               q.addBindValue(code);
                               q.addBindValue(ctx.now());
                               if (!q.exec())
                                   return ctx.fail(QStringLiteral("insert failed"));
                               ctx.baseVersion(QStringLiteral("department"), id, 0);
                               ctx.audit({QStringLiteral("department.create"), QStringLiteral("department"), id,
                                          QJsonValue(), QJsonObject{{QStringLiteral("code"), code}}});
                               return true;
                           });
}

// device_seq of device, in outbox order.
QList<qint64> sequenceOf(QSqlDatabase db, const QString &device)
{
    QList<qint64> seqs;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT device_seq FROM outbox WHERE device_id = ? ORDER BY seq"));
    q.addBindValue(device);
    if (q.exec())
        while (q.next())
            seqs << q.value(0).toLongLong();
    return seqs;
}

QList<qint64> oneTo(qint64 n)
{
    QList<qint64> seqs;
    for (qint64 i = 1; i <= n; ++i)
        seqs << i;
    return seqs;
}

QString lastReason(QSqlDatabase db, const QString &device)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT reason FROM device WHERE id = ?"));
    q.addBindValue(device);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestDeviceIdentity : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseNumbersItsEntriesFromOne()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const QString device = ws->deviceId();
        QCOMPARE(lastReason(ws->db(), device), QStringLiteral("created"));
        // database.create was recorded as an event: entry 1.
        QCOMPARE(sequenceOf(ws->db(), device), oneTo(1));

        const auto first = createDepartment(*ws, QStringLiteral("SH"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.deviceSeq, 2);
        const auto signIn = ws->runner().record(
            Clerk, {QStringLiteral("session.sign_in"), QStringLiteral("user"), Clerk.id, QJsonValue(), QJsonValue()});
        QVERIFY2(signIn.ok, qPrintable(signIn.error));
        QCOMPARE(signIn.deviceSeq, 3);
        QVERIFY(!signIn.commandId.isEmpty());
        QCOMPARE(createDepartment(*ws, QStringLiteral("BJ")).deviceSeq, 4);
        QCOMPARE(sequenceOf(ws->db(), device), oneTo(4));

        // The event is queued like an intent, with its audit event linked by the command id.
        QSqlQuery q(ws->db());
        q.prepare(QStringLiteral("SELECT o.kind, o.mutation, o.arguments, a.action FROM outbox o "
                                 "JOIN audit_event a ON a.command_id = o.command_id WHERE o.device_seq = 3 "
                                 "AND o.device_id = ?"));
        q.addBindValue(device);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("event"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("session.sign_in"));
        const QJsonObject arguments = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(arguments.value(QStringLiteral("entity_type")).toString(), QStringLiteral("user"));
        QCOMPARE(arguments.value(QStringLiteral("entity_id")).toString(), Clerk.id);
        QCOMPARE(q.value(3).toString(), QStringLiteral("session.sign_in"));

        // A failed command takes no number.
        const auto failed = ws->runner().run(Clerk, QStringLiteral("department.create"), {},
                                             [](commands::CommandContext &ctx) { return ctx.fail(QStringLiteral("no")); });
        QVERIFY(!failed.ok);
        QCOMPARE(createDepartment(*ws, QStringLiteral("GZ")).deviceSeq, 5);
    }

    void reopenedInPlaceKeepsItsDevice()
    {
        test::TempWorkspace ws;
        const QString device = ws->deviceId();
        const QString installation = ws->meta(QStringLiteral("device_installation"));
        QVERIFY(!installation.isEmpty());
        ws.close();
        QString error;
        auto again = attachAt(ws.path(), installation, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->deviceId(), device);
        QCOMPARE(test::rowCount(again->db(), QStringLiteral("device")), 1);
    }

    void copyGetsANewDeviceAndStartsAtOne()
    {
        test::TempWorkspace ws;
        QVERIFY(createDepartment(*ws, QStringLiteral("SH")).ok);
        const QString original = ws->deviceId();
        const QString installation = ws->meta(QStringLiteral("device_installation"));
        ws.close();
        const QString copyPath = ws.dir() + QStringLiteral("/copy.db");
        QVERIFY(QFile::copy(ws.path(), copyPath));

        QString error;
        auto copy = attachAt(copyPath, installation, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(copy->deviceId() != original);
        QCOMPARE(lastReason(copy->db(), copy->deviceId()), QStringLiteral("moved_or_copied"));
        // The new device's entries start at 1 with its device.assign; the old device's stay as they were.
        QCOMPARE(sequenceOf(copy->db(), copy->deviceId()), oneTo(1));
        QCOMPARE(sequenceOf(copy->db(), original), oneTo(2));
        QCOMPARE(createDepartment(*copy, QStringLiteral("BJ")).deviceSeq, 2);
        QSqlQuery assign(copy->db());
        QVERIFY(assign.exec(QStringLiteral("SELECT entity_id, after_json FROM audit_event WHERE action = 'device.assign'")));
        QVERIFY(assign.next());
        QCOMPARE(assign.value(0).toString(), copy->deviceId());
        QVERIFY(assign.value(1).toString().contains(original));

        // The original, opened where it was, is still the original device.
        auto back = attachAt(ws.path(), installation, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->deviceId(), original);
        QCOMPARE(createDepartment(*back, QStringLiteral("GZ")).deviceSeq, 3);
    }

    void otherInstallationGetsANewDevice()
    {
        test::TempWorkspace ws;
        const QString original = ws->deviceId();
        ws.close();
        QString error;
        auto elsewhere = attachAt(ws.path(), QStringLiteral("another-installation"), &error);
        QVERIFY2(elsewhere, qPrintable(error));
        QVERIFY(elsewhere->deviceId() != original);
        QCOMPARE(lastReason(elsewhere->db(), elsewhere->deviceId()), QStringLiteral("other_installation"));
        QCOMPARE(test::rowCount(elsewhere->db(), QStringLiteral("device")), 2);
    }

    void readOnlyOpenChangesNothing()
    {
        test::TempWorkspace ws;
        const QString original = ws->deviceId();
        ws.close();
        QString error;
        auto reader = attachAt(ws.path(), QStringLiteral("another-installation"), &error, Database::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->deviceId(), original);
        QCOMPARE(test::rowCount(reader->db(), QStringLiteral("device")), 1);
    }

    void restoredBackupGetsANewDevice()
    {
        test::TempWorkspace ws;
        QVERIFY(createDepartment(*ws, QStringLiteral("SH")).ok);
        const QString original = ws->deviceId();
        const QString installation = ws->meta(QStringLiteral("device_installation"));
        const QString backupPath = ws.dir() + QStringLiteral("/backup.db");
        QString error;
        QVERIFY2(WorkspaceBackup::backup(*ws, Clerk, backupPath, &error), qPrintable(error));
        // The source records the backup, as an audit event and an outbox event.
        QSqlQuery event(ws->db());
        QVERIFY(event.exec(QStringLiteral("SELECT o.kind, a.after_json FROM audit_event a JOIN outbox o "
                                          "ON o.command_id = a.command_id WHERE a.action = 'database.backup'")));
        QVERIFY(event.next());
        QCOMPARE(event.value(0).toString(), QStringLiteral("event"));
        QVERIFY(event.value(1).toString().contains(QStringLiteral("backup.db")));
        QVERIFY(!WorkspaceBackup::backup(*ws, Clerk, backupPath, &error)); // never overwrites
        QVERIFY(error.contains(QStringLiteral("already exists")));

        // The backup itself forgets the device binding and names its origin.
        {
            auto raw = Database::open(backupPath, test::fixedTestKey(), Database::Mode::ReadOnly, &error);
            QVERIFY2(raw, qPrintable(error));
            QSqlQuery meta(raw->connection());
            QVERIFY(meta.exec(QStringLiteral("SELECT key, value FROM meta")));
            QMap<QString, QString> values;
            while (meta.next())
                values.insert(meta.value(0).toString(), meta.value(1).toString());
            QCOMPARE(values.value(QStringLiteral("backup_of")), original);
            QVERIFY(!values.contains(QStringLiteral("device_installation")));
            QVERIFY(!values.contains(QStringLiteral("device_path")));
        }

        // Restored (even at the original path's installation), it becomes a device of its own.
        const QString restoredPath = ws.dir() + QStringLiteral("/restored.db");
        QVERIFY2(WorkspaceBackup::copyForRestore(backupPath, restoredPath, &error), qPrintable(error));
        QVERIFY(!WorkspaceBackup::copyForRestore(backupPath, restoredPath, &error)); // never overwrites
        auto restored = attachAt(restoredPath, installation, &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(restored->deviceId() != original);
        QCOMPARE(lastReason(restored->db(), restored->deviceId()), QStringLiteral("restored"));
        QVERIFY(restored->meta(QStringLiteral("backup_of")).isEmpty());
        QVERIFY2(WorkspaceBackup::recordRestore(*restored, Clerk, backupPath, &error), qPrintable(error));
        QCOMPARE(sequenceOf(restored->db(), restored->deviceId()), oneTo(2)); // device.assign, database.restore
        QSqlQuery restoreEvent(restored->db());
        QVERIFY(restoreEvent.exec(QStringLiteral("SELECT after_json FROM audit_event WHERE action = 'database.restore'")));
        QVERIFY(restoreEvent.next());
        QVERIFY(restoreEvent.value(0).toString().contains(original));

        // A database that was opened in place is no backup: recordRestore says so.
        QVERIFY(!WorkspaceBackup::recordRestore(*ws, Clerk, ws.path(), &error));
        QVERIFY(error.contains(QStringLiteral("backup")));
    }

    void installationIdIsStableAndRepaired()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hrdesk/installation-id"));
        QString error;
        const QString id = InstallationIdentity::load(file, &error);
        QCOMPARE(id.size(), 36);
        QCOMPARE(InstallationIdentity::load(file, &error), id); // the same on every start
        // An empty or damaged file (a crash while it was first written) is replaced, not fatal.
        for (const QByteArray &damage : {QByteArray(), QByteArray("not an id\n")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(damage);
            f.close();
            const QString repaired = InstallationIdentity::load(file, &error);
            QCOMPARE(repaired.size(), 36);
            QVERIFY(repaired != id);
            QCOMPARE(InstallationIdentity::load(file, &error), repaired);
        }
    }

    void baseVersionsNameTheEntityType()
    {
        test::TempWorkspace ws;
        const auto result = createDepartment(*ws, QStringLiteral("SH"));
        QVERIFY(result.ok);
        QSqlQuery q(ws->db());
        q.prepare(QStringLiteral("SELECT base_versions FROM outbox WHERE command_id = ?"));
        q.addBindValue(result.commandId);
        QVERIFY(q.exec() && q.next());
        const QJsonObject versions = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(versions.keys(), QStringList{QStringLiteral("department")});
        QCOMPARE(versions.value(QStringLiteral("department")).toObject().size(), 1);
        QCOMPARE(versions.value(QStringLiteral("department")).toObject().begin()->toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "TestDeviceIdentity.moc"
