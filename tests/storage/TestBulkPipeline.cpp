#include "storage/BulkInsert.h"
#include "storage/BulkPipeline.h"
#include "storage/Database.h"
#include "storage/RowBatch.h"

#include "ScratchDatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <limits>
#include <thread>

using hrdesk::storage::BulkInsert;
using hrdesk::storage::BulkPipeline;
using hrdesk::storage::RowBatch;

class TestBulkPipeline : public QObject
{
    Q_OBJECT

private:
    hrdesk::test::ScratchDatabase m_databases{
        {QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, n INTEGER, name TEXT)")}};
    static inline const QString Insert = QStringLiteral("INSERT INTO t (id, code, n, name) VALUES (?, ?, ?, ?)");

    static qint64 count(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Rows 1..total with code "C<i>"; the row numbered duplicateAt repeats row 1's code.
    static BulkPipeline::Producer numbered(int total, int *next, int duplicateAt = -1)
    {
        return [=](RowBatch &row) {
            while (!row.isFull() && *next <= total) {
                const int i = (*next)++;
                row.bind(1, qint64(i));
                row.bindText(2, "C" + QByteArray::number(i == duplicateAt ? 1 : i));
                row.bind(3, qint64(i) * 3);
                if (i % 2 == 0)
                    row.bindText(4, QString::fromUtf16(u"客户%1").arg(i));
                row.endRow();
            }
            return *next <= total;
        };
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void batchValues()
    {
        RowBatch batch(3, 2);
        QCOMPARE(batch.rows(), 0);
        QVERIFY(!batch.isFull());
        const QString chinese = QString::fromUtf16(u"恒信商贸·王芳 \U0001F600"); // a surrogate pair too
        batch.bindText(1, QStringView(chinese));
        batch.bind(2, std::numeric_limits<qint64>::min());
        batch.endRow();
        batch.bindText(3, QByteArrayView("only the third"));
        batch.endRow();
        QCOMPARE(batch.rows(), 2);
        QVERIFY(batch.isFull());

        const RowBatch::Value &text = batch.value(0, 1);
        QCOMPARE(text.type, RowBatch::Value::Text);
        QCOMPARE(QByteArray(batch.text(text), text.length), chinese.toUtf8());
        QCOMPARE(batch.value(0, 2).type, RowBatch::Value::Integer);
        QCOMPARE(batch.value(0, 2).integer, std::numeric_limits<qint64>::min());
        QCOMPARE(batch.value(0, 3).type, RowBatch::Value::Null);
        // Columns left unbound in a row are NULL, not the previous row's values.
        QCOMPARE(batch.value(1, 1).type, RowBatch::Value::Null);
        QCOMPARE(batch.value(1, 2).type, RowBatch::Value::Null);
        QCOMPARE(QByteArray(batch.text(batch.value(1, 3)), batch.value(1, 3).length), QByteArray("only the third"));

        // A lone surrogate becomes U+FFFD; a null view binds NULL, an empty one empty text.
        batch.clear();
        QCOMPARE(batch.rows(), 0);
        const char16_t lone[] = {u'a', char16_t(0xD800), u'b'};
        batch.bindText(1, QStringView(lone, 3));
        batch.bindText(2, QStringView());
        batch.bindText(3, QByteArrayView("", 0));
        batch.endRow();
        QCOMPARE(QByteArray(batch.text(batch.value(0, 1)), batch.value(0, 1).length),
                 QByteArray("a\xEF\xBF\xBD" "b"));
        QCOMPARE(batch.value(0, 2).type, RowBatch::Value::Null);
        QCOMPARE(batch.value(0, 3).type, RowBatch::Value::Text);
        QCOMPARE(batch.value(0, 3).length, 0);
        // A null QByteArray binds NULL too, an empty one empty text.
        batch.bindText(1, QByteArray());
        batch.bindText(2, QByteArray(""));
        batch.endRow();
        QCOMPARE(batch.value(1, 1).type, RowBatch::Value::Null);
        QCOMPARE(batch.value(1, 2).type, RowBatch::Value::Text);
        // A row with nothing bound is a row of NULLs.
        batch.endRow();
        QCOMPARE(batch.rows(), 3);
        QCOMPARE(batch.value(2, 1).type, RowBatch::Value::Null);
    }

    void writesEveryRow()
    {
        auto database = m_databases.create();
        QSqlDatabase db = database->connection();
        constexpr int Rows = 10007; // not a multiple of the batch size
        int next = 1;
        qint64 reported = 0;
        QVERIFY(db.transaction());
        {
            BulkInsert insert(db, Insert);
            BulkPipeline pipeline(insert, 4, 500);
            QVERIFY2(pipeline.run(numbered(Rows, &next), [&](int rows) {
                reported += rows;
                return true;
            }), qPrintable(pipeline.error()));
            QCOMPARE(pipeline.rowsWritten(), Rows);
            QCOMPARE(pipeline.failedRow(), -1);
            QVERIFY(!pipeline.cancelled());
        }
        QVERIFY(db.commit());
        QCOMPARE(reported, Rows);
        QCOMPARE(count(db), Rows);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT code, n, name, (SELECT count(*) FROM t WHERE name IS NULL) FROM t "
                                      "WHERE id = 9998")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("C9998"));
        QCOMPARE(q.value(1).toLongLong(), 9998 * 3);
        QCOMPARE(q.value(2).toString(), QString::fromUtf16(u"客户9998"));
        QCOMPARE(q.value(3).toInt(), (Rows + 1) / 2); // the odd rows bound no name
    }

    void failedRowStopsTheProducer()
    {
        auto database = m_databases.create();
        QSqlDatabase db = database->connection();
        constexpr int Rows = 50000;
        int next = 1;
        QVERIFY(db.transaction());
        {
            BulkInsert insert(db, Insert);
            BulkPipeline pipeline(insert, 4, 100);
            // Row 1234 repeats row 1's code: the UNIQUE constraint fails there.
            QVERIFY(!pipeline.run(numbered(Rows, &next, 1234), {}));
            QCOMPARE(pipeline.failedRow(), 1233);
            QCOMPARE(pipeline.rowsWritten(), 1233);
            QVERIFY(!pipeline.cancelled());
            QVERIFY2(pipeline.error().contains(QStringLiteral("UNIQUE constraint failed: t.code")),
                     qPrintable(pipeline.error()));
        }
        // The producer stopped within a few batches instead of making all the rows.
        QVERIFY2(next < 1234 + 4 * 100, qPrintable(QString::number(next)));
        QCOMPARE(count(db), 1233);
        QVERIFY(db.rollback());
        QCOMPARE(count(db), 0);
    }

    void progressCancels()
    {
        auto database = m_databases.create();
        QSqlDatabase db = database->connection();
        int next = 1;
        QVERIFY(db.transaction());
        BulkInsert insert(db, Insert);
        BulkPipeline pipeline(insert, 4, 100);
        int calls = 0;
        QVERIFY(!pipeline.run(numbered(100000, &next), [&](int rows) {
            if (rows != 100)
                return false;
            return ++calls < 3;
        }));
        QVERIFY(pipeline.cancelled());
        QVERIFY(pipeline.error().isEmpty());
        QCOMPARE(calls, 3);
        QCOMPARE(pipeline.rowsWritten(), 300);
        QVERIFY(next < 1000);
        QVERIFY(db.rollback());
        QCOMPARE(count(db), 0);
    }

    void producerRunsOnAnotherThread()
    {
        auto database = m_databases.create();
        QSqlDatabase db = database->connection();
        std::atomic<bool> elsewhere = true;
        int next = 1;
        const auto rows = numbered(300, &next);
        BulkInsert insert(db, Insert);
        BulkPipeline pipeline(insert, 4, 64);
        const auto caller = std::this_thread::get_id();
        QVERIFY(pipeline.run([&](RowBatch &batch) {
            if (std::this_thread::get_id() == caller)
                elsewhere = false;
            return rows(batch);
        }, {}));
        QVERIFY(elsewhere);
        QCOMPARE(count(db), 300);
    }

    void wrongColumnCount()
    {
        auto database = m_databases.create();
        QSqlDatabase db = database->connection();
        int next = 1;
        BulkInsert insert(db, QStringLiteral("INSERT INTO t (id, code) VALUES (?, ?)"));
        BulkPipeline pipeline(insert, 4, 10);
        QVERIFY(!pipeline.run(numbered(5, &next), {}));
        QVERIFY2(pipeline.error().contains(QStringLiteral("2")) && pipeline.error().contains(QStringLiteral("4")),
                 qPrintable(pipeline.error()));
        QCOMPARE(count(db), 0);

        // A value bound past the last column is reported, and nothing is written.
        int column = 0;
        BulkInsert two(db, QStringLiteral("INSERT INTO t (id, code) VALUES (?, ?)"));
        BulkPipeline pastTheEnd(two, 2, 10);
        QVERIFY(!pastTheEnd.run([&column](RowBatch &row) {
            row.bind(1, qint64(1));
            row.bindText(2, "x");
            row.bind(column = 3, qint64(3));
            row.endRow();
            return false;
        }, {}));
        QCOMPARE(column, 3);
        QVERIFY2(pastTheEnd.error().contains(QStringLiteral("3")), qPrintable(pastTheEnd.error()));
        QCOMPARE(count(db), 0);

        BulkInsert broken(db, QStringLiteral("INSERT INTO nowhere (a) VALUES (?)"));
        BulkPipeline nowhere(broken, 1, 10);
        QVERIFY(!nowhere.run([](RowBatch &) { return false; }, {}));
        QVERIFY2(nowhere.error().contains(QStringLiteral("no such table")), qPrintable(nowhere.error()));
    }
};

QTEST_GUILESS_MAIN(TestBulkPipeline)
#include "TestBulkPipeline.moc"
