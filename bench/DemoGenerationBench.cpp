// Measures demo data generation (core/demo/DemoDataGenerator) into a fresh keyed database:
// the rows/s figure backs the "100,000 rows/s" target for seeding large demo workspaces. The same
// generator then writes the same rows into an unencrypted database (SQLCipher without a key is
// plain SQLite) in the same run: the ratio separates what encryption costs from what SQLite itself
// costs for this schema on this machine. Three rounds, each encrypted then plain; the medians are
// reported with the range, since this machine's speed varies by ±20 % from one minute to the next.
// Usage: hrdesk-bench-demo [employees] [customers] [follow-ups] [seed]; follow-ups default to five per
// customer. Rows/s counts every domain row written. Prints a Markdown report.

#include "bench/BenchMachine.h"
#include "core/common/Ids.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/workspace/Workspace.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

namespace {

struct Run
{
    hrdesk::demo::DemoDataGenerator::Result result;
    double fileMiB = 0;
    double rowsPerSecond() const { return double(result.rows()) / result.seconds; }
};

// One generation into a new database in dir: keyed with a fixed key (the benchmark measures
// writing, not key handling), or without a key.
bool generate(const QTemporaryDir &dir, const QString &name, bool encrypted,
              const hrdesk::demo::DemoDataGenerator::Options &options, Run *run)
{
    const QString path = dir.filePath(name);
    QString error;
    auto database = hrdesk::storage::Database::open(path, encrypted ? QByteArray(32, '\x42') : QByteArray(),
                                                    hrdesk::storage::Database::Mode::CreateNew, &error);
    auto workspace = database ? hrdesk::Workspace::initialize(std::move(database), hrdesk::newId(), &error) : nullptr;
    if (!workspace) {
        QTextStream(stderr) << "cannot create the database: " << error << Qt::endl;
        return false;
    }
    hrdesk::demo::DemoDataGenerator generator(*workspace);
    run->result = generator.generate(options);
    if (!run->result.ok) {
        QTextStream(stderr) << "generation failed: " << run->result.error << Qt::endl;
        return false;
    }
    workspace.reset(); // closing checkpoints the WAL into the file
    run->fileMiB = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    return true;
}

constexpr int Rounds = 3;

// The run with the median time, and the range of the rates.
struct Summary
{
    Run median;
    double slowest = 0;
    double fastest = 0;
};

Summary summarise(std::vector<Run> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Run &a, const Run &b) { return a.result.seconds < b.result.seconds; });
    return {runs[runs.size() / 2], runs.back().rowsPerSecond(), runs.front().rowsPerSecond()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    hrdesk::demo::DemoDataGenerator::Options options;
    options.employees = args.size() > 1 ? args.at(1).toInt() : 5000;
    options.customers = args.size() > 2 ? args.at(2).toInt() : 200000;
    options.followUps = args.size() > 3 ? args.at(3).toLongLong() : -1;
    options.seed = args.size() > 4 ? args.at(4).toULongLong() : 1;
    QTextStream out(stdout);

    QTemporaryDir dir;
    // HRDESK_BENCH_KEEP=1 keeps the databases (key of the encrypted one: 32 bytes of 0x42).
    if (qEnvironmentVariableIsSet("HRDESK_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        QTextStream(stderr) << "keeping " << dir.path() << Qt::endl;
    }
    std::vector<Run> encryptedRuns;
    std::vector<Run> plainRuns;
    for (int round = 0; round < Rounds; ++round) {
        Run encrypted;
        Run plain;
        const QString cipherName = QStringLiteral("bench-demo-%1.db").arg(round);
        const QString plainName = QStringLiteral("bench-demo-plain-%1.db").arg(round);
        if (!generate(dir, cipherName, true, options, &encrypted) || !generate(dir, plainName, false, options, &plain))
            return 1;
        encryptedRuns.push_back(encrypted);
        plainRuns.push_back(plain);
        if (!qEnvironmentVariableIsSet("HRDESK_BENCH_KEEP") || round + 1 < Rounds) {
            for (const QString &name : {cipherName, plainName})
                QFile::remove(dir.filePath(name));
        }
    }
    const Summary cipherSummary = summarise(encryptedRuns);
    const Summary plainSummary = summarise(plainRuns);
    const Run &encrypted = cipherSummary.median;
    const Run &plain = plainSummary.median;

    const auto &r = encrypted.result;
    out << "## Demo data generation (hrdesk-bench-demo)\n\n"
        << "| | |\n|---|---|\n"
        << "| Machine | " << hrdesk::bench::cpuModel() << ", " << QThread::idealThreadCount() << " logical CPUs |\n"
        << "| OS | " << QSysInfo::prettyProductName() << " (" << QSysInfo::kernelVersion() << ") |\n"
        << "| Qt | " << qVersion() << " |\n"
        << "| Seed | " << options.seed << " |\n"
        << "| Departments / employees / customers / users | " << r.departments << " / " << r.employees << " / "
        << r.customers << " / " << r.users << " |\n"
        << "| Contacts / follow-ups / deals / sales contracts / owner changes | " << r.contacts << " / " << r.followUps
        << " / " << r.deals << " / " << r.salesContracts << " / " << r.ownerChanges << " |\n"
        << "| Rows | " << r.rows() << " |\n\n"
        << "| Database | Seconds (median of " << Rounds << ", one command, incl. commit) | Rows/s | Range of "
        << Rounds << " (rows/s) | File |\n"
        << "|---|---:|---:|---:|---:|\n"
        << "| SQLCipher (the product) | " << QString::number(r.seconds, 'f', 3) << " | "
        << qRound64(encrypted.rowsPerSecond()) << " | " << qRound64(cipherSummary.slowest) << " – "
        << qRound64(cipherSummary.fastest) << " | " << QString::number(encrypted.fileMiB, 'f', 1) << " MiB |\n"
        << "| plain SQLite, same generator and rows (reference) | " << QString::number(plain.result.seconds, 'f', 3)
        << " | " << qRound64(plain.rowsPerSecond()) << " | " << qRound64(plainSummary.slowest) << " – "
        << qRound64(plainSummary.fastest) << " | " << QString::number(plain.fileMiB, 'f', 1) << " MiB |\n\n"
        << "SQLCipher / plain time (medians): " << QString::number(r.seconds / plain.result.seconds, 'f', 2) << "×\n";
    return 0;
}
