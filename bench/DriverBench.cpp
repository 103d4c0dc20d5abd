// hrdesk-bench-driver: the cost of encryption, measured through the QSQLCIPHER driver.
//
// The same workload runs on a keyed SQLCipher database and on an unkeyed (plain SQLite)
// database, through the same driver and library with the same pragmas, alternating which goes
// first in each round. Prints a Markdown report with the median of each phase.

#include "bench/BenchMachine.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherRegistration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using hrdesk::storage::SqlCipherDriver;

namespace {

enum class Kind { Cipher, Plain };

struct Settings
{
    qint64 rows = 1000000;
    int rounds = 3;
    qint64 lookups = 100000;
    int cacheKiB = 65536;
    QString directory;
};

struct Phase
{
    QString name;
    double ms = 0;
};

const QStringList kPhases {QStringLiteral("insert"), QStringLiteral("index"), QStringLiteral("scan"),
                           QStringLiteral("lookup")};

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    QTextStream(stderr) << "hrdesk-bench-driver: " << what << ": " << error.text() << Qt::endl;
    std::exit(1);
}

QStringList pragmas(const Settings &settings)
{
    return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
            QStringLiteral("PRAGMA cache_size = -%1").arg(settings.cacheKiB)};
}

// Random-looking but reproducible UUID text, generated before timing starts.
QByteArray makeUuids(qint64 count)
{
    QByteArray all;
    all.reserve(count * 36);
    QRandomGenerator generator(20240229);
    static const char hex[] = "0123456789abcdef";
    for (qint64 i = 0; i < count; ++i) {
        char uuid[36];
        for (int j = 0; j < 36; ++j)
            uuid[j] = hex[generator.bounded(16)];
        uuid[8] = uuid[13] = uuid[18] = uuid[23] = '-';
        uuid[14] = '4';
        all.append(uuid, 36);
    }
    return all;
}

std::vector<Phase> runWorkload(Kind kind, const Settings &settings, const QByteArray &uuids,
                               const std::vector<qint64> &lookupRows, QString *cipherVersion)
{
    static int serial = 0;
    const QString connectionName = QStringLiteral("bench%1").arg(++serial);
    const QString path = QDir(settings.directory).filePath(
        QStringLiteral("%1-%2.db").arg(kind == Kind::Cipher ? QStringLiteral("cipher") : QStringLiteral("plain")).arg(serial));
    std::vector<Phase> phases;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(hrdesk::storage::kSqlCipherDriverName),
                                                    connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            fail(QStringLiteral("open"), db.lastError());
        auto *driver = SqlCipherDriver::fromDatabase(db);
        if (kind == Kind::Cipher) {
            QByteArray key(32, '\0');
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
            if (!driver->setKey(key))
                fail(QStringLiteral("setKey"), driver->lastError());
            *cipherVersion = driver->cipherVersion();
        }
        QSqlQuery memorySecurity(db);
        if (kind == Kind::Cipher && memorySecurity.exec(QStringLiteral("PRAGMA cipher_memory_security"))
            && memorySecurity.next()) {
            *cipherVersion += QStringLiteral(", cipher_memory_security = %1")
                                  .arg(memorySecurity.value(0).toInt() ? QStringLiteral("ON") : QStringLiteral("OFF"));
        }
        memorySecurity.finish();
        QSqlQuery q(db);
        for (const QString &pragma : pragmas(settings)) {
            if (!q.exec(pragma))
                fail(pragma, q.lastError());
        }
        if (!q.exec(QStringLiteral("CREATE TABLE bench(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, "
                                   "name TEXT NOT NULL, amount REAL NOT NULL, payload BLOB NOT NULL)")))
            fail(QStringLiteral("create"), q.lastError());

        QElapsedTimer timer;
        // insert: one prepared statement, one transaction, N rows.
        timer.start();
        if (!db.transaction())
            fail(QStringLiteral("begin"), db.lastError());
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO bench(id, uuid, name, amount, payload) VALUES(?, ?, ?, ?, ?)")))
            fail(QStringLiteral("prepare insert"), insert.lastError());
        QByteArray payload(16, '\0');
        for (qint64 i = 0; i < settings.rows; ++i) {
            for (int b = 0; b < payload.size(); ++b)
                payload[b] = char((i >> (b % 8)) + b);
            insert.bindValue(0, i + 1);
            insert.bindValue(1, QString::fromLatin1(uuids.constData() + i * 36, 36));
            insert.bindValue(2, QStringLiteral("Employee %1").arg(i));
            insert.bindValue(3, double(i % 100000) / 100.0);
            insert.bindValue(4, payload);
            if (!insert.exec())
                fail(QStringLiteral("insert"), insert.lastError());
        }
        if (!db.commit())
            fail(QStringLiteral("commit"), db.lastError());
        phases.push_back({QStringLiteral("insert"), double(timer.nsecsElapsed()) / 1e6});

        // index: build a secondary index over random text.
        timer.restart();
        if (!q.exec(QStringLiteral("CREATE INDEX bench_uuid ON bench(uuid)")))
            fail(QStringLiteral("index"), q.lastError());
        phases.push_back({QStringLiteral("index"), double(timer.nsecsElapsed()) / 1e6});

        // scan: forward-only full read of every column, summing one.
        timer.restart();
        QSqlQuery scan(db);
        scan.setForwardOnly(true);
        if (!scan.exec(QStringLiteral("SELECT id, uuid, name, amount, payload FROM bench")))
            fail(QStringLiteral("scan"), scan.lastError());
        double sum = 0;
        qint64 count = 0;
        while (scan.next()) {
            sum += scan.value(3).toDouble();
            ++count;
        }
        if (count != settings.rows)
            fail(QStringLiteral("scan count"), QSqlError(QStringLiteral("row count %1").arg(count)));
        scan.finish();
        phases.push_back({QStringLiteral("scan"), double(timer.nsecsElapsed()) / 1e6});

        // lookup: point queries by uuid through the index, in random order.
        timer.restart();
        QSqlQuery lookup(db);
        lookup.setForwardOnly(true);
        if (!lookup.prepare(QStringLiteral("SELECT id, amount FROM bench WHERE uuid = ?")))
            fail(QStringLiteral("prepare lookup"), lookup.lastError());
        for (qint64 row : lookupRows) {
            lookup.bindValue(0, QString::fromLatin1(uuids.constData() + row * 36, 36));
            if (!lookup.exec() || !lookup.next())
                fail(QStringLiteral("lookup"), lookup.lastError());
        }
        lookup.finish();
        phases.push_back({QStringLiteral("lookup"), double(timer.nsecsElapsed()) / 1e6});
        Q_UNUSED(sum);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return phases;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}


} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SQLCipher vs plain SQLite through the QSQLCIPHER driver"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows to insert (default 1000000)."), QStringLiteral("N"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds (default 3)."), QStringLiteral("R"));
    const QCommandLineOption lookupsOption(QStringLiteral("lookups"), QStringLiteral("Indexed lookups (default rows/10)."), QStringLiteral("M"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-kib"), QStringLiteral("Page cache per connection in KiB (default 65536)."), QStringLiteral("KiB"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Directory for the database files (default: a temporary directory)."), QStringLiteral("path"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Run one side only, for profiling: cipher or plain."), QStringLiteral("side"));
    parser.addOptions({rowsOption, roundsOption, lookupsOption, cacheOption, dirOption, onlyOption});
    parser.process(app);

    Settings settings;
    if (parser.isSet(rowsOption))
        settings.rows = std::max<qint64>(1, parser.value(rowsOption).toLongLong());
    if (parser.isSet(roundsOption))
        settings.rounds = std::max(1, parser.value(roundsOption).toInt());
    settings.lookups = parser.isSet(lookupsOption) ? std::max<qint64>(1, parser.value(lookupsOption).toLongLong())
                                                   : std::max<qint64>(1, settings.rows / 10);
    if (parser.isSet(cacheOption))
        settings.cacheKiB = std::max(64, parser.value(cacheOption).toInt());
    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("hrdesk-bench-XXXXXX")));
    settings.directory = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();

    hrdesk::storage::registerSqlCipherDriver();
    const QByteArray uuids = makeUuids(settings.rows);
    std::vector<qint64> lookupRows;
    lookupRows.reserve(std::size_t(settings.lookups));
    QRandomGenerator lookupGenerator(7);
    for (qint64 i = 0; i < settings.lookups; ++i)
        lookupRows.push_back(qint64(lookupGenerator.bounded(quint64(settings.rows))));

    std::map<Kind, std::map<QString, std::vector<double>>> samples;
    QString cipherVersion;
    QTextStream err(stderr);
    for (int round = 0; round < settings.rounds; ++round) {
        const std::vector<Kind> order = round % 2 == 0 ? std::vector<Kind> {Kind::Cipher, Kind::Plain}
                                                       : std::vector<Kind> {Kind::Plain, Kind::Cipher};
        for (Kind kind : order) {
            if (parser.isSet(onlyOption)
                && parser.value(onlyOption) != (kind == Kind::Cipher ? QLatin1String("cipher") : QLatin1String("plain"))) {
                continue;
            }
            const auto phases = runWorkload(kind, settings, uuids, lookupRows, &cipherVersion);
            err << "round " << round + 1 << ' ' << (kind == Kind::Cipher ? "cipher" : "plain ");
            for (const Phase &phase : phases) {
                samples[kind][phase.name].push_back(phase.ms);
                err << "  " << phase.name << ' ' << qRound(phase.ms) << " ms";
            }
            err << Qt::endl;
        }
    }

    QTextStream out(stdout);
    out << "## QSQLCIPHER driver: SQLCipher vs plain SQLite\n\n";
    out << "- CPU: " << hrdesk::bench::cpuModel() << ", " << QThread::idealThreadCount() << " logical cores\n";
    out << "- Qt " << qVersion() << ", SQLCipher " << cipherVersion << " (SQLite "
        << SqlCipherDriver::libraryVersion() << "), same library for both sides\n";
    out << "- Workload: " << settings.rows << " rows (id INTEGER PK, uuid text, name text, amount real, "
        << "16-byte blob) inserted with one prepared statement in one transaction; CREATE INDEX on uuid; "
        << "forward-only full scan of all columns; " << settings.lookups << " random point lookups by uuid\n";
    out << "- Both sides: " << pragmas(settings).join(QLatin1String("; "))
        << "; page size 4096; SQLCipher defaults otherwise; "
        << "cipher side keyed with a raw 256-bit key\n";
    out << "- " << settings.rounds << " rounds, order alternating; median per phase\n\n";
    out << "| phase | SQLCipher (ms) | plain SQLite (ms) | cipher / plain |\n";
    out << "|---|---:|---:|---:|\n";
    double totalCipher = 0;
    double totalPlain = 0;
    for (const QString &phase : kPhases) {
        const double cipher = median(samples[Kind::Cipher][phase]);
        const double plain = median(samples[Kind::Plain][phase]);
        totalCipher += cipher;
        totalPlain += plain;
        out << "| " << phase << " | " << QString::number(cipher, 'f', 0) << " | "
            << QString::number(plain, 'f', 0) << " | " << QString::number(cipher / plain, 'f', 2) << "× |\n";
    }
    out << "| **total** | **" << QString::number(totalCipher, 'f', 0) << "** | **"
        << QString::number(totalPlain, 'f', 0) << "** | **" << QString::number(totalCipher / totalPlain, 'f', 2)
        << "×** |\n";
    // The target of issue 2 is stated for the insert-and-scan workload; index and lookups are
    // extra phases that show what a page cache smaller than the database costs.
    const double insertScanCipher = median(samples[Kind::Cipher][QStringLiteral("insert")])
        + median(samples[Kind::Cipher][QStringLiteral("scan")]);
    const double insertScanPlain = median(samples[Kind::Plain][QStringLiteral("insert")])
        + median(samples[Kind::Plain][QStringLiteral("scan")]);
    out << "| **insert + scan** | **" << QString::number(insertScanCipher, 'f', 0) << "** | **"
        << QString::number(insertScanPlain, 'f', 0) << "** | **"
        << QString::number(insertScanCipher / insertScanPlain, 'f', 2) << "×** |\n";
    return 0;
}
