#include "TempWorkspace.h"

#include "storage/search/SearchHitIds.h"
#include "storage/search/SearchHitSets.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using hrdesk::search::SearchHitIds;
using hrdesk::search::SearchHitSets;

// The in-memory hit sets of list searches and the SQL function that probes them.
class TestSearchHitSets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<hrdesk::test::TempWorkspace> m_ws;

    QSqlDatabase db() { return (*m_ws)->db(); }

    // The ids among candidates that hrdesk_search_hit(set, id) accepts, in one statement.
    QStringList hits(int set, const QStringList &candidates)
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS candidate (id TEXT)"));
        q.exec(QStringLiteral("DELETE FROM temp.candidate"));
        for (const QString &id : candidates) {
            q.prepare(QStringLiteral("INSERT INTO temp.candidate (id) VALUES (?)"));
            q.addBindValue(id);
            q.exec();
        }
        QStringList found;
        if (!q.exec(QStringLiteral("SELECT id FROM temp.candidate WHERE hrdesk_search_hit(%1, id) ORDER BY id").arg(set)))
            qWarning() << q.lastError().text();
        while (q.next())
            found << q.value(0).toString();
        return found;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<hrdesk::test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
    }
    void cleanup() { m_ws.reset(); }

    void idsAreExact()
    {
        SearchHitIds ids;
        QVERIFY(ids.insert("a1"));
        QVERIFY(ids.insert("a10"));
        QVERIFY(!ids.insert("a1")); // already there
        QVERIFY(ids.insert(""));
        QCOMPARE(ids.size(), size_t(3));
        QVERIFY(ids.contains("a1"));
        QVERIFY(ids.contains("a10"));
        QVERIFY(ids.contains(""));
        QVERIFY(!ids.contains("a"));
        QVERIFY(!ids.contains("a100"));
        QVERIFY(!SearchHitIds().contains("a1"));
    }

    void idsGrowWithoutLosingAny()
    {
        // Many times the first table size, with ids that share long prefixes (UUID-like).
        SearchHitIds ids;
        for (int i = 0; i < 50000; ++i)
            QVERIFY(ids.insert(QByteArray("0000000-0000-0000-0000-") + QByteArray::number(i).rightJustified(12, '0')));
        QCOMPARE(ids.size(), size_t(50000));
        for (int i = 0; i < 50000; i += 7)
            QVERIFY(ids.contains(QByteArray("0000000-0000-0000-0000-") + QByteArray::number(i).rightJustified(12, '0')));
        QVERIFY(!ids.contains(QByteArray("0000000-0000-0000-0000-") + QByteArray::number(50000).rightJustified(12, '0')));
    }

    void sqlSeesTheSetsIds()
    {
        const int set = SearchHitSets::create();
        const int other = SearchHitSets::create();
        QVERIFY(set != other);
        QCOMPARE(hits(set, {QStringLiteral("x"), QStringLiteral("y")}), QStringList());
        SearchHitIds ids;
        ids.insert("x");
        ids.insert("z");
        SearchHitSets::replace(set, std::move(ids));
        QCOMPARE(hits(set, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}),
                 (QStringList{QStringLiteral("x"), QStringLiteral("z")}));
        QCOMPARE(hits(other, {QStringLiteral("x")}), QStringList());
        SearchHitSets::remove(set);
        SearchHitSets::remove(other);
        // A removed or unknown set matches nothing, and NULL ids never match.
        QCOMPARE(hits(set, {QStringLiteral("x")}), QStringList());
        QCOMPARE(hits(987654, {QStringLiteral("x")}), QStringList());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT hrdesk_search_hit(%1, NULL)").arg(set)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void fillReadsTheFirstColumn()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE source (id TEXT, word TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO temp.source VALUES ('a', '北京'), ('b', '上海'), ('c', '北京'), "
                                      "('a', '北京'), (NULL, '北京')")));
        const int set = SearchHitSets::create();
        QString error;
        // Distinct ids only; a NULL is not an id.
        QCOMPARE(SearchHitSets::fill(db(), set, QStringLiteral("SELECT id FROM temp.source WHERE word = ?"),
                                     QStringLiteral("北京"), &error),
                 qint64(2));
        QVERIFY(SearchHitSets::contains(set, "a"));
        QVERIFY(SearchHitSets::contains(set, "c"));
        QVERIFY(!SearchHitSets::contains(set, "b"));
        // A failing statement empties the set and says why.
        QCOMPARE(SearchHitSets::fill(db(), set, QStringLiteral("SELECT id FROM temp.no_such_table WHERE word = ?"),
                                     QStringLiteral("北京"), &error),
                 qint64(-1));
        QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
        QVERIFY(!SearchHitSets::contains(set, "a"));
        SearchHitSets::remove(set);
    }

    void runningStatementKeepsItsSet()
    {
        // A page query that is being read keeps the ids it started with, even when the search
        // changes (replace) or the list goes away (remove) in between.
        const int set = SearchHitSets::create();
        SearchHitIds ids;
        for (const char *id : {"a", "b", "c", "d"})
            ids.insert(id);
        SearchHitSets::replace(set, std::move(ids));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE letters (id TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO temp.letters VALUES ('a'), ('b'), ('c'), ('d'), ('e')")));
        QSqlQuery reading(db());
        reading.setForwardOnly(true);
        QVERIFY(reading.exec(QStringLiteral("SELECT id FROM temp.letters WHERE hrdesk_search_hit(%1, id) ORDER BY rowid").arg(set)));
        QVERIFY(reading.next());
        QCOMPARE(reading.value(0).toString(), QStringLiteral("a"));
        SearchHitSets::replace(set, SearchHitIds());
        SearchHitSets::remove(set);
        QStringList rest;
        while (reading.next())
            rest << reading.value(0).toString();
        QCOMPARE(rest, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    }
};

QTEST_GUILESS_MAIN(TestSearchHitSets)
#include "TestSearchHitSets.moc"
