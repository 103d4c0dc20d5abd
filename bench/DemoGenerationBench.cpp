// Measures demo data generation (core/demo/DemoDataGenerator) into a fresh keyed database:
// the rows/s figure backs the "100,000 rows/s" target for seeding large demo workspaces.
// Usage: hrdesk-bench-demo [employees] [customers] [follow-ups] [seed]; follow-ups default to five per
// customer. Rows/s counts every row written. Prints a Markdown report.

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

namespace {


} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int employees = args.size() > 1 ? args.at(1).toInt() : 5000;
    const int customers = args.size() > 2 ? args.at(2).toInt() : 200000;
    const qint64 followUps = args.size() > 3 ? args.at(3).toLongLong() : -1;
    const quint64 seed = args.size() > 4 ? args.at(4).toULongLong() : 1;
    QTextStream out(stdout);

    QTemporaryDir dir;
    // HRDESK_BENCH_KEEP=1 keeps the database (key: 32 bytes of 0x42) for a look at its pages.
    if (qEnvironmentVariableIsSet("HRDESK_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        QTextStream(stderr) << "keeping " << dir.path() << Qt::endl;
    }
    const QString path = dir.filePath(QStringLiteral("bench-demo.db"));
    QString error;
    // A fixed key: the benchmark measures writing, not key handling.
    auto database = hrdesk::storage::Database::open(path, QByteArray(32, '\x42'),
                                                    hrdesk::storage::Database::Mode::CreateNew, &error);
    auto workspace = database ? hrdesk::Workspace::initialize(std::move(database), hrdesk::newId(), &error) : nullptr;
    if (!workspace) {
        QTextStream(stderr) << "cannot create the database: " << error << Qt::endl;
        return 1;
    }
    hrdesk::demo::DemoDataGenerator generator(*workspace);
    hrdesk::demo::DemoDataGenerator::Options options;
    options.employees = employees;
    options.customers = customers;
    options.seed = seed;
    options.followUps = followUps;
    const auto result = generator.generate(options);
    if (!result.ok) {
        QTextStream(stderr) << "generation failed: " << result.error << Qt::endl;
        return 1;
    }
    workspace.reset();

    out << "## Demo data generation (hrdesk-bench-demo)\n\n"
        << "| | |\n|---|---|\n"
        << "| Machine | " << hrdesk::bench::cpuModel() << ", " << QThread::idealThreadCount() << " logical CPUs |\n"
        << "| OS | " << QSysInfo::prettyProductName() << " (" << QSysInfo::kernelVersion() << ") |\n"
        << "| Qt | " << qVersion() << " |\n"
        << "| Seed | " << seed << " |\n"
        << "| Departments / employees / customers / users | " << result.departments << " / " << result.employees
        << " / " << result.customers << " / " << result.users << " |\n"
        << "| Contacts / follow-ups / deals / sales contracts / owner changes | " << result.contacts << " / "
        << result.followUps << " / " << result.deals << " / " << result.salesContracts << " / " << result.ownerChanges
        << " |\n"
        << "| Rows | " << result.rows() << " |\n"
        << "| Seconds (one command, incl. commit) | " << QString::number(result.seconds, 'f', 3) << " |\n"
        << "| Rows/s | " << qRound64(double(result.rows()) / result.seconds) << " |\n"
        << "| File size (encrypted, WAL checkpointed) | "
        << QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1) << " MiB |\n";
    return 0;
}
