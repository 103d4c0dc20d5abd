#include "TempWorkspace.h"

#include "core/records/ArchiveService.h"
#include "models/CustomerListModel.h"
#include "models/StaffListModel.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using hrdesk::commands::Actor;
using hrdesk::models::CustomerListModel;
using hrdesk::models::ListModelBase;
using hrdesk::models::StaffListModel;
using hrdesk::records::ArchiveKind;
using hrdesk::records::ArchiveService;

// The "show archived" filter of the staff and customer lists.
class TestArchivedLists : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hrdesk::test::TempWorkspace> m_ws;
    const Actor m_clerk{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("admin")};

    static QStringList ids(const ListModelBase &model)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.entityId(row);
        return values;
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<hrdesk::test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
        QSqlQuery q((*m_ws)->db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                                         "VALUES (?, ?, ?, 'female', ?, 'active', 'now')")));
        const QStringList names{QStringLiteral("张丽"), QStringLiteral("李娜"), QStringLiteral("王芳"), QStringLiteral("赵敏"),
                                QStringLiteral("张敏")};
        for (int i = 0; i < names.size(); ++i) {
            q.addBindValue(QStringLiteral("e%1").arg(i));
            q.addBindValue(QStringLiteral("HD%1").arg(i + 1, 6, 10, QLatin1Char('0')));
            q.addBindValue(names.at(i));
            q.addBindValue(QStringLiteral("ID%1").arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO customer (id, kind, name, tier, owner_id, updated_at) "
                                         "VALUES (?, 'company', ?, 'B', 'e1', 'now')")));
        const QStringList customers{QStringLiteral("恒达机械"), QStringLiteral("东方贸易"), QStringLiteral("恒通物流")};
        for (int i = 0; i < customers.size(); ++i) {
            q.addBindValue(QStringLiteral("c%1").arg(i));
            q.addBindValue(customers.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        ArchiveService archive(**m_ws);
        for (const char *id : {"e0", "e3"})
            QVERIFY(archive.archive(m_clerk, ArchiveKind::Employee, QLatin1String(id), QStringLiteral("重复"), 1).ok);
        for (const char *id : {"c0", "c1"})
            QVERIFY(archive.archive(m_clerk, ArchiveKind::Customer, QLatin1String(id), QStringLiteral("注销"), 1).ok);
    }

    void staffFilter()
    {
        StaffListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(ids(model), (QStringList{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e4")}));
        model.setShowArchived(true);
        QVERIFY(model.showsArchived());
        QCOMPARE(ids(model), (QStringList{QStringLiteral("e0"), QStringLiteral("e3")}));
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.totalText(), QStringLiteral("2 archived employees"));
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));

        // The search index holds live rows only; archived ones are found by name or number.
        model.setSearchText(QStringLiteral("张"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("e0")});
        model.setSearchText(QStringLiteral("hd000004"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("e3")});
        model.setSearchText(QStringLiteral("%"));
        QVERIFY(ids(model).isEmpty());

        model.setSearchText(QStringLiteral("张"));
        model.setShowArchived(false);
        QCOMPARE(ids(model), QStringList{QStringLiteral("e4")});
        model.setSearchText(QString());
        QCOMPARE(model.totalCount(), 3);
    }

    void customerFilter()
    {
        CustomerListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(ids(model), QStringList{QStringLiteral("c2")});
        model.setShowArchived(true);
        QCOMPARE(model.totalCount(), 2);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        model.setSearchText(QStringLiteral("恒"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("c0")});
        model.setShowArchived(false);
        QCOMPARE(ids(model), QStringList{QStringLiteral("c2")});

        // Restored, the customer is back in the live list and out of the archived one.
        QVERIFY(ArchiveService(**m_ws).restore(m_clerk, ArchiveKind::Customer, QStringLiteral("c0"), 2).ok);
        model.reload();
        QCOMPARE(model.totalCount(), 2);
        model.setShowArchived(true);
        QCOMPARE(model.totalCount(), 0);
        model.setSearchText(QString());
        QCOMPARE(ids(model), QStringList{QStringLiteral("c1")});
    }
};

QTEST_GUILESS_MAIN(TestArchivedLists)
#include "TestArchivedLists.moc"
