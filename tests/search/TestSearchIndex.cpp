#include "TempWorkspace.h"

#include "TestSupport.h"
#include "core/common/Ids.h"
#include "storage/Migrator.h"
#include "storage/search/SearchTokens.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hrdesk::search::SearchTokens;

// The search index through SQL only: rows written by any code path (services, import, demo,
// plain SQL) are indexed by the schema's triggers.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase db() { return (*m_ws)->db(); }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QString addEmployee(const QString &no, const QString &name, const QString &mobile)
    {
        const QString id = hrdesk::newId();
        exec(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, mobile, status, updated_at) "
                            "VALUES (?, ?, ?, 'male', ?, ?, 'active', '2026-01-01T00:00:00.000Z')"),
             {id, no, name, QStringLiteral("ID-") + no, mobile});
        return id;
    }

    QString addCustomer(const QString &name, const QVariant &phone = {})
    {
        const QString id = hrdesk::newId();
        exec(QStringLiteral("INSERT INTO customer (id, kind, name, tier, phone, updated_at) "
                            "VALUES (?, 'company', ?, 'A', ?, '2026-01-01T00:00:00.000Z')"),
             {id, name, phone});
        return id;
    }

    QStringList search(const QString &entityType, const QString &text)
    {
        QStringList ids;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT se.entity_id FROM search_fts f CROSS JOIN search_entry se ON se.docid = f.rowid "
                                 "WHERE search_fts MATCH ? AND se.entity_type = ? ORDER BY se.entity_id"));
        q.addBindValue(SearchTokens::matchExpression(text));
        q.addBindValue(entityType);
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

    std::unique_ptr<hrdesk::test::TempWorkspace> m_ws;

private slots:
    void init()
    {
        m_ws = std::make_unique<hrdesk::test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
    }
    void cleanup() { m_ws.reset(); }

    void staffQueries()
    {
        const QString zhangWei = addEmployee(QStringLiteral("E0001"), QStringLiteral("张伟"), QStringLiteral("13812345678"));
        const QString zhangWeiMing = addEmployee(QStringLiteral("E0002"), QStringLiteral("张伟明"), QStringLiteral("13900001111"));
        const QString liNa = addEmployee(QStringLiteral("F0100"), QStringLiteral("李娜"), QStringLiteral("138-5555-6666"));

        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("张")), sorted({zhangWei, zhangWeiMing}));
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("伟")), sorted({zhangWei, zhangWeiMing}));
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("娜")), QStringList{liNa});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("张伟")), sorted({zhangWei, zhangWeiMing}));
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("伟明")), QStringList{zhangWeiMing});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("张伟明")), QStringList{zhangWeiMing});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("明伟")), QStringList{});
        // Employee number prefix.
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("E000")), sorted({zhangWei, zhangWeiMing}));
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("f01")), QStringList{liNa});
        // A masked mobile is found by its full value only, however it is written or spaced ...
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("13812345678")), QStringList{zhangWei});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("138-1234-5678")), QStringList{zhangWei});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("138 1234 5678")), QStringList{zhangWei});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("+86 138 1234 5678")), QStringList{zhangWei});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("13855556666")), QStringList{liNa});
        // ... and never by a fragment: prefix, middle, last four, one digit.
        for (const char *fragment : {"1381", "2345", "5678", "1234 5678", "55556", "5555-66", "3", "1381234567"})
            QVERIFY2(search(QStringLiteral("employee"), QLatin1String(fragment)).isEmpty(), fragment);
        // The ID number likewise (upper or lower case X); its region or birth date finds nobody.
        const QString wangFang = hrdesk::newId();
        exec(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                            "VALUES (?, 'E0003', '王芳', 'female', '11010519900307004X', 'active', 'now')"),
             {wangFang});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("11010519900307004x")), QStringList{wangFang});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("11010519900307004X")), QStringList{wangFang});
        for (const char *fragment : {"110105", "19900307", "004X", "1101051990030700"})
            QVERIFY2(search(QStringLiteral("employee"), QLatin1String(fragment)).isEmpty(), fragment);
        // Pinyin initials, also as a prefix.
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("zwm")), QStringList{zhangWeiMing});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("ZW")), sorted({zhangWei, zhangWeiMing}));
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("ln")), QStringList{liNa});
        // Several words must all match.
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("张 13900001111")), QStringList{zhangWeiMing});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("张 1111")), QStringList{});
        QVERIFY(search(QStringLiteral("customer"), QStringLiteral("张")).isEmpty());
    }

    void customerQueries()
    {
        const QString huaxin = addCustomer(QStringLiteral("上海华信科技有限公司"), QStringLiteral("021-62345678"));
        const QString other = addCustomer(QStringLiteral("北京华润贸易（集团）"));
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("华")), sorted({huaxin, other}));
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("华信")), QStringList{huaxin});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("科技有限")), QStringList{huaxin});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("贸易集团")), QStringList{other});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("shhx")), QStringList{huaxin});
        // The phone is masked: full value only.
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("021-62345678")), QStringList{huaxin});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("6234")), QStringList{});

        // A contact's mobile finds its customer, and stops finding it when the contact goes.
        const QString contact = hrdesk::newId();
        exec(QStringLiteral("INSERT INTO customer_contact (id, customer_id, name, mobile, updated_at) "
                            "VALUES (?, ?, '王芳', '13700007777', '2026-01-01T00:00:00.000Z')"),
             {contact, other});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("13700007777")), QStringList{other});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("0007777")), QStringList{});
        // Two contacts: each mobile is its own whole value.
        exec(QStringLiteral("INSERT INTO customer_contact (id, customer_id, name, mobile, updated_at) "
                            "VALUES (?, ?, '赵敏', '13600008888', '2026-01-01T00:00:00.000Z')"),
             {hrdesk::newId(), other});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("13600008888")), QStringList{other});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("13700007777")), QStringList{other});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("1370000777713600008888")), QStringList{});
        exec(QStringLiteral("UPDATE customer_contact SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id = ?"), {contact});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("13700007777")), QStringList{});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("华润")), QStringList{other});
    }

    void keptCurrent()
    {
        const QString id = addEmployee(QStringLiteral("E0009"), QStringLiteral("陈静"), QStringLiteral("13611112222"));
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("陈静")), QStringList{id});

        exec(QStringLiteral("UPDATE employee SET name = '陈晓静', mobile = '13633334444', version = version + 1 WHERE id = ?"), {id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("陈静")), QStringList{});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("晓静")), QStringList{id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("cxj")), QStringList{id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("13611112222")), QStringList{});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("13633334444")), QStringList{id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("3333")), QStringList{});
        // The ID number is indexed: a change of it is followed.
        exec(QStringLiteral("UPDATE employee SET id_number = 'P1234567' WHERE id = ?"), {id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("ID-E0009")), QStringList{});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("P1234567")), QStringList{id});

        // An update of an unindexed column leaves the entry alone.
        exec(QStringLiteral("UPDATE employee SET position = '会计' WHERE id = ?"), {id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("晓静")), QStringList{id});

        // Soft delete removes it, undelete brings it back.
        exec(QStringLiteral("UPDATE employee SET deleted_at = '2026-02-01T00:00:00.000Z' WHERE id = ?"), {id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("晓静")), QStringList{});
        QCOMPARE(hrdesk::test::rowCount(db(), QStringLiteral("search_entry")), 0);
        exec(QStringLiteral("UPDATE employee SET deleted_at = NULL WHERE id = ?"), {id});
        QCOMPARE(search(QStringLiteral("employee"), QStringLiteral("晓静")), QStringList{id});

        const QString customer = addCustomer(QStringLiteral("杭州明远"));
        exec(QStringLiteral("UPDATE customer SET deleted_at = '2026-02-01T00:00:00.000Z' WHERE id = ?"), {customer});
        QCOMPARE(search(QStringLiteral("customer"), QStringLiteral("明远")), QStringList{});

        // The full-text index agrees with its content table.
        QSqlQuery check(db());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }

    void migrationIndexesExistingRows()
    {
        // A database at schema 5 with staff and customers gains a filled index at schema 6.
        QTemporaryDir dir;
        QString error;
        auto database = hrdesk::storage::Database::open(dir.filePath(QStringLiteral("old.db")),
                                                        hrdesk::test::fixedTestKey(),
                                                        hrdesk::storage::Database::Mode::CreateNew, &error);
        QVERIFY2(database, qPrintable(error));
        const hrdesk::storage::Migrator migrator;
        QVERIFY2(migrator.migrate(database->connection(), &error, 5), qPrintable(error));
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                                      "VALUES ('e1', 'E1', '周杰', 'male', 'x', 'active', 'now'), "
                                      "('e2', 'E2', '吴婷', 'female', 'y', 'active', 'now')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customer (id, kind, name, tier, updated_at, deleted_at) "
                                      "VALUES ('c1', 'company', '杭州明远', 'A', 'now', NULL), "
                                      "('c2', 'company', '杭州明达', 'A', 'now', 'then')")));
        QVERIFY2(migrator.migrate(database->connection(), &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT se.entity_id FROM search_fts f CROSS JOIN search_entry se ON se.docid = f.rowid "
                                      "WHERE search_fts MATCH '\"吴婷\" OR \"明\"*' ORDER BY 1")));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        // The soft-deleted customer stays out.
        QCOMPARE(ids, QStringList({QStringLiteral("c1"), QStringLiteral("e2")}));
    }

    void schema8IndexesMaskedFieldsWhole()
    {
        // A database at schema 7, whose index still holds the mobile's bigrams, is re-indexed.
        QTemporaryDir dir;
        QString error;
        auto database = hrdesk::storage::Database::open(dir.filePath(QStringLiteral("seven.db")),
                                                        hrdesk::test::fixedTestKey(),
                                                        hrdesk::storage::Database::Mode::CreateNew, &error);
        QVERIFY2(database, qPrintable(error));
        const hrdesk::storage::Migrator migrator;
        QVERIFY2(migrator.migrate(database->connection(), &error, 7), qPrintable(error));
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, mobile, status, updated_at) "
                                      "VALUES ('e1', 'E1', '周杰', 'male', '110105199003070011', '13812345678', 'active', 'now')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customer (id, kind, name, tier, phone, updated_at) "
                                      "VALUES ('c1', 'company', '杭州明远', 'A', '0571-86001234', 'now')")));
        const auto matches = [&](const QString &text) {
            QSqlQuery m(database->connection());
            m.prepare(QStringLiteral("SELECT se.entity_id FROM search_fts f CROSS JOIN search_entry se ON se.docid = f.rowid "
                                     "WHERE search_fts MATCH ? ORDER BY 1"));
            m.addBindValue(SearchTokens::matchExpression(text));
            QStringList ids;
            if (m.exec()) {
                while (m.next())
                    ids << m.value(0).toString();
            }
            return ids;
        };
        QCOMPARE(matches(QStringLiteral("2345")), QStringList{QStringLiteral("e1")}); // schema 7: a fragment finds him
        QVERIFY2(migrator.migrate(database->connection(), &error), qPrintable(error));
        QCOMPARE(matches(QStringLiteral("2345")), QStringList{});
        QCOMPARE(matches(QStringLiteral("8600")), QStringList{});
        QCOMPARE(matches(QStringLiteral("13812345678")), QStringList{QStringLiteral("e1")});
        QCOMPARE(matches(QStringLiteral("110105199003070011")), QStringList{QStringLiteral("e1")});
        QCOMPARE(matches(QStringLiteral("0571-86001234")), QStringList{QStringLiteral("c1")});
        QCOMPARE(matches(QStringLiteral("周杰")), QStringList{QStringLiteral("e1")});
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        // The triggers are back: a new mobile is indexed whole.
        QVERIFY(q.exec(QStringLiteral("UPDATE employee SET mobile = '13900009999' WHERE id = 'e1'")));
        QCOMPARE(matches(QStringLiteral("13900009999")), QStringList{QStringLiteral("e1")});
        QCOMPARE(matches(QStringLiteral("13812345678")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "TestSearchIndex.moc"
