// Measures importing staff (core/io/Importer) into a fresh keyed database: the targets are
// 100,000 rows from CSV within 5 s and from XLSX within 10 s (issue 3). The rows are generated
// valid (GB 11643 check digits, 20 departments given as paths that the import creates), written
// as UTF-8 CSV and, through the Exporter, as XLSX; each file is imported three times, each time
// into a new database, and the median is reported. Time covers reading, checking and the one
// import command (employees, departments, one audit event per row, the outbox intent).
// Usage: hrdesk-bench-import [rows]. Prints a Markdown report.

#include "bench/BenchMachine.h"
#include "core/common/Ids.h"
#include "core/io/CsvExportWriter.h"
#include "core/io/Exporter.h"
#include "core/io/Importer.h"
#include "core/validation/ResidentIdNumber.h"
#include "core/workspace/Workspace.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace hrdesk;

namespace {


std::unique_ptr<Workspace> freshWorkspace(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QString error;
    // A fixed key: the benchmark measures importing, not key handling.
    auto database = storage::Database::open(path, QByteArray(32, '\x42'), storage::Database::Mode::CreateNew, &error);
    auto workspace = database ? Workspace::initialize(std::move(database), newId(), &error) : nullptr;
    if (!workspace)
        QTextStream(stderr) << "cannot create the database: " << error << Qt::endl;
    return workspace;
}

const QStringList kHeaders{QStringLiteral("工号"),   QStringLiteral("姓名"),   QStringLiteral("性别"),
                           QStringLiteral("身份证号"), QStringLiteral("手机号"), QStringLiteral("邮箱"),
                           QStringLiteral("部门"),   QStringLiteral("职位"),   QStringLiteral("入职日期")};

// Row i of the generated staff: unique employee numbers, ID numbers and mobiles.
QStringList staffRow(int i)
{
    static const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                      QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("欧阳")};
    static const QStringList given{QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"),
                                   QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("强")};
    const bool male = i % 2 == 1;
    const QDate born = QDate(1970, 1, 1).addDays(i / 400);
    const QString first17 = QStringLiteral("310104%1%2").arg(born.toString(QStringLiteral("yyyyMMdd"))).arg((i % 400) * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    return {QStringLiteral("E%1").arg(i, 6, 10, QLatin1Char('0')),
            surnames.at(i % surnames.size()) + given.at((i / 7) % given.size()) + given.at((i / 3) % given.size()),
            male ? QStringLiteral("男") : QStringLiteral("女"),
            validation::ResidentIdNumber::withCheckDigit(first17),
            QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
            QStringLiteral("e%1@example.cn").arg(i),
            QStringLiteral("华东区/上海分公司/销售%1部").arg(i % 20 + 1),
            QStringLiteral("销售代表"),
            QDate(2015, 1, 1).addDays(i % 3000).toString(Qt::ISODate)};
}

struct Run
{
    double prepare = 0;
    double execute = 0;
    double cpu = 0; // process CPU time: the machine may be shared, wall time then overstates
    double total() const { return prepare + execute; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench-import.db"));

    // The input files.
    const QString csvPath = dir.filePath(QStringLiteral("staff.csv"));
    {
        io::CsvExportWriter csv;
        QString error;
        if (!csv.open(csvPath, &error))
            return 1;
        csv.writeRow(kHeaders);
        for (int i = 0; i < rows; ++i)
            csv.writeRow(staffRow(i));
        if (!csv.finish(&error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
    const QString xlsxPath = dir.filePath(QStringLiteral("staff.xlsx"));
    {
        auto scratch = freshWorkspace(dir.filePath(QStringLiteral("scratch.db")));
        if (!scratch)
            return 1;
        io::Exporter exporter(*scratch);
        int next = 0;
        io::ExportTable table{kHeaders, [&](QStringList &row) {
                                  if (next >= rows)
                                      return false;
                                  row = staffRow(next++);
                                  return true;
                              }};
        const auto exported = exporter.exportTable(commands::Actor::system(),
                                                   {io::ImportTarget::Staff, io::Exporter::Format::Xlsx, xlsxPath,
                                                    QStringLiteral("benchmark"), table, {}, 0});
        if (!exported.ok) {
            QTextStream(stderr) << exported.error << Qt::endl;
            return 1;
        }
    }

    auto measure = [&](const QString &file, QList<Run> *runs) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto workspace = freshWorkspace(dbPath);
            if (!workspace)
                return false;
            io::Importer importer(*workspace);
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const io::ImportPlan plan = importer.prepare(file, io::ImportTarget::Staff);
            Run run;
            run.prepare = double(timer.nsecsElapsed()) / 1e9;
            if (!plan.ok() || plan.validRows() != rows) {
                QTextStream(stderr) << "the plan is not clean: " << plan.error << " "
                                    << plan.report.problems.value(0).reason << Qt::endl;
                return false;
            }
            timer.restart();
            const auto result = importer.execute(plan, commands::Actor::system(), {});
            run.execute = double(timer.nsecsElapsed()) / 1e9;
            run.cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            if (!result.ok || result.imported != rows) {
                QTextStream(stderr) << "the import failed: " << result.error << Qt::endl;
                return false;
            }
            runs->append(run);
        }
        std::sort(runs->begin(), runs->end(), [](const Run &a, const Run &b) { return a.total() < b.total(); });
        return true;
    };
    QList<Run> csvRuns, xlsxRuns;
    if (!measure(csvPath, &csvRuns) || !measure(xlsxPath, &xlsxRuns))
        return 1;

    auto line = [&](const QString &format, const QString &file, const QList<Run> &runs, double target) {
        const Run &median = runs.at(1);
        out << "| " << format << " (" << QString::number(double(QFileInfo(file).size()) / 1048576.0, 'f', 1) << " MB) | "
            << QString::number(median.total(), 'f', 2) << " s | " << QString::number(median.prepare, 'f', 2) << " s | "
            << QString::number(median.execute, 'f', 2) << " s | " << QString::number(median.cpu, 'f', 2) << " s | "
            << qRound64(rows / median.total()) << " | "
            << QString::number(runs.first().total(), 'f', 2) << " – " << QString::number(runs.last().total(), 'f', 2)
            << " s | " << QString::number(target, 'f', 0) << " s " << (median.total() <= target ? "✓" : "✗") << " |\n";
    };
    out << "## Staff import (hrdesk-bench-import)\n\n"
        << "| | |\n|---|---|\n"
        << "| Machine | " << hrdesk::bench::cpuModel() << ", " << QThread::idealThreadCount() << " logical CPUs |\n"
        << "| OS | " << QSysInfo::prettyProductName() << " (" << QSysInfo::kernelVersion() << ") |\n"
        << "| Qt | " << qVersion() << " |\n"
        << "| Rows | " << rows << " employees in 20 departments (created by the import) |\n\n"
        << "| File | Median total | Read + check | Write (one command) | CPU | Rows/s | Range of 3 | Target |\n"
        << "|---|---|---|---|---|---|---|---|\n";
    line(QStringLiteral("CSV UTF-8"), csvPath, csvRuns, 5);
    line(QStringLiteral("XLSX"), xlsxPath, xlsxRuns, 10);
    out << Qt::endl;
    return 0;
}
