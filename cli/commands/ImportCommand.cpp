#include "cli/commands/ImportCommand.h"

#include "cli/Console.h"
#include "cli/WorkspaceAccess.h"
#include "core/io/Importer.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace hrdesk::cli {

namespace {
// Problems printed on the terminal; the report file has all of them.
constexpr int PrintedProblems = 20;
} // namespace

QString ImportCommand::summary() const
{
    return tr("Imports staff or customers from a CSV (UTF-8 or GB18030) or XLSX file. Every row is checked first; "
              "with one invalid row nothing is imported, unless --skip-invalid is given. --dry-run only checks.");
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    WorkspaceAccess access(store());
    access.addOptions(parser);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check the file only; write nothing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         tr("Import the valid rows and skip the invalid ones."));
    const QCommandLineOption report(QStringLiteral("report"), tr("Write the problems to FILE (CSV)."), tr("FILE"));
    parser.addOptions({dryRun, skipInvalid, report});
    parser.addPositionalArgument(QStringLiteral("staff|customers"), tr("What the file holds."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .csv or .xlsx file to import."));
    const QString synopsis = QStringLiteral(
        "hrdesk-admin import staff|customers --db PATH FILE [--dry-run] [--skip-invalid] [--report REPORT.csv]");
    parser.setApplicationDescription(synopsis + QStringLiteral("\n\n") + summary());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        Console::err() << parser.errorText() << Qt::endl << tr("Try \"hrdesk-admin import --help\".") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        Console::out() << parser.helpText() << Qt::flush;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 2 || (what != QLatin1String("staff") && what != QLatin1String("customers"))) {
        Console::err() << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return UsageError;
    }
    const io::ImportTarget target = what == QLatin1String("staff") ? io::ImportTarget::Staff : io::ImportTarget::Customers;
    const QString file = positional.at(1);
    if (!QFileInfo(file).isFile()) {
        Console::err() << tr("%1 does not exist or is not a file.").arg(file) << Qt::endl;
        return UsageError;
    }
    QString path;
    if (!access.databasePath(parser, &path))
        return UsageError;
    std::unique_ptr<Workspace> workspace = access.open(parser, path);
    if (!workspace)
        return Failure;

    QElapsedTimer timer;
    timer.start();
    io::Importer importer(*workspace);
    const io::ImportPlan plan = importer.prepare(file, target);
    const double checkSeconds = double(timer.nsecsElapsed()) / 1e9;

    const auto &problems = plan.report.problems;
    for (int i = 0; i < std::min<int>(PrintedProblems, int(problems.size())); ++i) {
        const io::ImportProblem &p = problems.at(i);
        if (p.row > 0)
            Console::err() << tr("Row %1, %2 \"%3\": %4").arg(p.row).arg(p.column, p.value, p.reason) << Qt::endl;
        else
            Console::err() << p.reason << Qt::endl;
    }
    if (problems.size() > PrintedProblems)
        Console::err() << tr("... and %1 more problems.").arg(problems.size() - PrintedProblems) << Qt::endl;
    if (parser.isSet(report)) {
        QString error;
        if (!plan.report.saveCsv(parser.value(report), &error)) {
            Console::err() << error << Qt::endl;
            return Failure;
        }
        Console::out() << tr("Report with %1 problems written to %2.").arg(problems.size()).arg(parser.value(report))
                       << Qt::endl;
    }
    if (!plan.ok())
        return Failure;

    Console::out() << tr("%1 (%2): %3 rows, %4 valid, %5 invalid, checked in %6 s.")
                          .arg(plan.fileName, plan.format)
                          .arg(plan.totalRows)
                          .arg(plan.validRows())
                          .arg(plan.invalidRows)
                          .arg(QString::number(checkSeconds, 'f', 2))
                   << Qt::endl;
    if (!plan.departmentsToCreate.isEmpty())
        Console::out() << tr("Departments to create: %1").arg(plan.departmentsToCreate.join(QStringLiteral(", ")))
                       << Qt::endl;
    if (parser.isSet(dryRun)) {
        Console::out() << tr("Dry run: nothing was imported.") << Qt::endl;
        return plan.invalidRows > 0 && !parser.isSet(skipInvalid) ? Failure : Success;
    }

    io::Importer::Options options;
    options.skipInvalid = parser.isSet(skipInvalid);
    const io::Importer::Result result = importer.execute(plan, commands::Actor::system(), options);
    if (!result.ok) {
        Console::err() << result.error << Qt::endl;
        return Failure;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    Console::out() << tr("Imported %1 rows, skipped %2, created %3 departments in %4 s (%5 rows/s).")
                          .arg(result.imported)
                          .arg(result.skipped)
                          .arg(result.departmentsCreated.size())
                          .arg(QString::number(seconds, 'f', 2))
                          .arg(qRound64(double(result.imported) / std::max(seconds, 1e-6)))
                   << Qt::endl;
    return Success;
}

} // namespace hrdesk::cli
