#include "TempWorkspace.h"

#include "core/demo/DemoDataGenerator.h"
#include "storage/search/SearchIndexBulkLoad.h"
#include "storage/search/SearchTokens.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace hrdesk;

class TestSearchBulkLoad : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static qint64 searchTriggers(QSqlDatabase db)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                         "AND (name GLOB '*_search_*' OR name GLOB 'search_entry_*')"));
    }
    static qint64 matches(QSqlDatabase db, const QString &text)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"));
        q.addBindValue(search::SearchTokens::matchExpression(text));
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void demoDataIsSearchableAndTriggersComeBack()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.get(), qPrintable(ws.error()));
        const qint64 triggers = searchTriggers(ws->db());
        QVERIFY(triggers >= 8);
        demo::DemoDataGenerator generator(*ws);
        demo::DemoDataGenerator::Options options;
        options.employees = 60;
        options.customers = 300;
        const auto result = generator.generate(options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(searchTriggers(ws->db()), triggers);
        QCOMPARE(scalar(ws->db(), QStringLiteral("SELECT count(*) FROM search_entry WHERE entity_type = 'employee'")), 60);
        QCOMPARE(scalar(ws->db(), QStringLiteral("SELECT count(*) FROM search_entry WHERE entity_type = 'customer'")), 300);
        // The customer entries were tokenised on a second thread while the book was written: they
        // must be exactly what the search source view (and so the triggers) would have stored.
        QCOMPARE(scalar(ws->db(), QStringLiteral("SELECT count(*) FROM search_entry e JOIN customer_search_source s "
                                                 "ON s.id = e.entity_id WHERE e.entity_type = 'customer' "
                                                 "AND e.tokens = s.tokens")), 300);
        QCOMPARE(scalar(ws->db(), QStringLiteral("SELECT count(*) FROM search_entry e JOIN employee_search_source s "
                                                 "ON s.id = e.entity_id WHERE e.entity_type = 'employee' "
                                                 "AND e.tokens = s.tokens")), 60);
        // The index was rebuilt with room for all pending terms; FTS5's default is back after it.
        QCOMPARE(scalar(ws->db(), QStringLiteral("SELECT v FROM search_fts_config WHERE k = 'hashsize'")), 1024 * 1024);
        QSqlQuery check(ws->db());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
        // References were checked once at the end; the checks are back on for everything else.
        QCOMPARE(scalar(ws->db(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery name(ws->db());
        QVERIFY(name.exec(QStringLiteral("SELECT name FROM customer LIMIT 1")) && name.next());
        QVERIFY(matches(ws->db(), name.value(0).toString()) >= 1);
        // A contact's mobile finds its customer: contacts were indexed with their customers.
        QSqlQuery mobile(ws->db());
        QVERIFY(mobile.exec(QStringLiteral("SELECT mobile FROM customer_contact WHERE mobile IS NOT NULL LIMIT 1")) && mobile.next());
        QVERIFY(matches(ws->db(), mobile.value(0).toString()) >= 1);
        // ... by its full value only (it is masked).
        QCOMPARE(matches(ws->db(), mobile.value(0).toString().mid(1, 9)), 0);

        // The restored triggers keep indexing new rows.
        QSqlQuery insert(ws->db());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO customer (id, kind, name, tier, updated_at) "
                                           "VALUES ('c-new', 'company', '蓝鲸新材料科技有限公司', 'B', 'now')")));
        QCOMPARE(matches(ws->db(), QStringLiteral("蓝鲸")), 1);
    }

    void rollbackRestoresTriggers()
    {
        test::TempWorkspace ws;
        const qint64 triggers = searchTriggers(ws->db());
        QVERIFY(ws->db().transaction());
        search::SearchIndexBulkLoad load;
        QString error;
        QVERIFY2(load.suspend(ws->db(), &error), qPrintable(error));
        QCOMPARE(searchTriggers(ws->db()), 0);
        QVERIFY(ws->db().rollback());
        QCOMPARE(searchTriggers(ws->db()), triggers);
    }

    void populatedIndexIsExtendedNotRebuilt()
    {
        test::TempWorkspace ws;
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customer (id, kind, name, tier, updated_at) "
                                      "VALUES ('c1', 'company', '恒达机械有限公司', 'A', 'now')")));
        QVERIFY(ws->db().transaction());
        search::SearchIndexBulkLoad load;
        QString error;
        QVERIFY(load.suspend(ws->db(), &error));
        // Still indexed by its triggers: the full-text triggers stay when the index is not empty.
        QVERIFY(searchTriggers(ws->db()) >= 3);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customer (id, kind, name, tier, updated_at) "
                                      "VALUES ('c2', 'company', '远航物流有限公司', 'B', 'now')")));
        QCOMPARE(matches(ws->db(), QStringLiteral("远航")), 0);
        QVERIFY2(load.finish(&error), qPrintable(error));
        QVERIFY(ws->db().commit());
        QCOMPARE(matches(ws->db(), QStringLiteral("远航")), 1);
        QCOMPARE(matches(ws->db(), QStringLiteral("恒达")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchBulkLoad)
#include "TestSearchBulkLoad.moc"
