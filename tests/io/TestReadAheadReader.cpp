#include "core/io/CsvReader.h"
#include "core/io/ReadAheadReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hrdesk::io;

class TestReadAheadReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray rows(int count)
    {
        QByteArray csv = "工号,姓名,部门\n";
        for (int i = 1; i <= count; ++i)
            csv += "E" + QByteArray::number(i) + ",员工" + QByteArray::number(i) + ",\"华东区/上海分公司, 销售部\"\n";
        return csv;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameRowsAsTheWrappedReader()
    {
        // More rows than the read-ahead queue holds, and a last batch that is not full.
        const QString path = write(QStringLiteral("many.csv"), rows(10'000));
        CsvReader direct;
        QVERIFY(direct.open(path));
        ReadAheadReader ahead(std::make_unique<CsvReader>());
        QVERIFY(ahead.open(path));
        QCOMPARE(dynamic_cast<const CsvReader &>(ahead.inner()).encoding(), direct.encoding());
        TableRow expected;
        TableRow actual;
        int count = 0;
        while (direct.next(expected)) {
            QVERIFY(ahead.next(actual));
            QCOMPARE(actual.number, expected.number);
            QCOMPARE(actual.cells, expected.cells);
            ++count;
            if (count == 5000) {
                // A guess from the share of the file read so far (which runs ahead of the rows).
                const qsizetype guess = ahead.expectedRows();
                QVERIFY2(guess >= 7000 && guess <= 13000, qPrintable(QString::number(guess)));
            }
        }
        QCOMPARE(count, 10'001);
        QCOMPARE(ahead.expectedRows(), 10'001);
        QVERIFY(!ahead.next(actual));
        QVERIFY(ahead.error().isEmpty());
        QCOMPARE(ahead.progress(), 1.0);
    }

    void errorAfterTheRowsBeforeIt()
    {
        const QString path = write(QStringLiteral("broken.csv"), rows(600) + "E601,\"not closed\n");
        ReadAheadReader ahead(std::make_unique<CsvReader>());
        QVERIFY(ahead.open(path));
        TableRow row;
        int count = 0;
        while (ahead.next(row))
            ++count;
        QCOMPARE(count, 601);
        QVERIFY2(ahead.error().contains(QStringLiteral("602")), qPrintable(ahead.error()));
    }

    void openErrorIsTheWrappedReaders()
    {
        ReadAheadReader ahead(std::make_unique<CsvReader>());
        QVERIFY(!ahead.open(m_dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(ahead.error().contains(QStringLiteral("missing.csv")));
        TableRow row;
        QVERIFY(!ahead.next(row));
    }

    void stoppingEarlyEndsTheSecondThread()
    {
        const QString path = write(QStringLiteral("early.csv"), rows(50'000));
        for (int i = 0; i < 20; ++i) {
            ReadAheadReader ahead(std::make_unique<CsvReader>());
            QVERIFY(ahead.open(path));
            TableRow row;
            QVERIFY(ahead.next(row));
            // Destroyed while the second thread waits for room in the full queue.
        }
    }
};

QTEST_GUILESS_MAIN(TestReadAheadReader)
#include "TestReadAheadReader.moc"
