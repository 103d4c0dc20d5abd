#include "cli/commands/DemoCommand.h"

#include "cli/Console.h"
#include "cli/WorkspaceAccess.h"
#include "core/demo/DemoDataGenerator.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace hrdesk::cli {

QString DemoCommand::summary() const
{
    return tr("Fills a database with a realistic demo company (departments, staff, customers) and the demo logins "
              "clerk, manager, admin and auditor, all with the password \"%1\". Creates the database first when "
              "it does not exist (as init does). The same seed always gives the same data.")
        .arg(demo::DemoDataGenerator::demoPassword());
}

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    WorkspaceAccess access(store());
    access.addOptions(parser);
    access.addRecoveryKeyOutOption(parser);
    const QCommandLineOption employees(QStringLiteral("employees"), tr("Number of employees (default 200)."),
                                       tr("N"), QStringLiteral("200"));
    const QCommandLineOption customers(QStringLiteral("customers"), tr("Number of customers (default 2000)."),
                                       tr("M"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the generator (default 1)."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption followUps(QStringLiteral("follow-ups"),
                                       tr("Number of customer follow-up records in all (default five per customer)."),
                                       tr("F"));
    parser.addOptions({employees, customers, seed, followUps});
    if (const int code = parse(parser, arguments,
                               QStringLiteral("hrdesk-admin demo --db PATH [--employees N] [--customers M] [--follow-ups F] [--seed S]"));
        code >= 0)
        return code;
    QString path;
    if (!access.databasePath(parser, &path))
        return UsageError;

    demo::DemoDataGenerator::Options options;
    bool okEmployees = false, okCustomers = false, okSeed = false;
    options.employees = parser.value(employees).toInt(&okEmployees);
    options.customers = parser.value(customers).toInt(&okCustomers);
    options.seed = parser.value(seed).toULongLong(&okSeed);
    if (!okEmployees || !okCustomers || !okSeed || options.employees < 0 || options.customers < 0) {
        Console::err() << tr("--employees and --customers take whole numbers from 0, --seed a whole number from 0.")
                       << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(followUps)) {
        bool okFollowUps = false;
        options.followUps = parser.value(followUps).toLongLong(&okFollowUps);
        if (!okFollowUps || options.followUps < 0) {
            Console::err() << tr("--follow-ups takes a whole number from 0.") << Qt::endl;
            return UsageError;
        }
    }

    std::unique_ptr<Workspace> workspace = QFileInfo::exists(path) ? access.open(parser, path)
                                                                   : access.create(parser, path);
    if (!workspace)
        return Failure;
    QSqlQuery staff(workspace->db());
    if (staff.exec(QStringLiteral("SELECT count(*) FROM employee")) && staff.next() && staff.value(0).toLongLong() > 0) {
        Console::err() << tr("%1 already has staff (%2 employees); demo data goes only into an empty database.")
                              .arg(path)
                              .arg(staff.value(0).toLongLong())
                       << Qt::endl;
        return Failure;
    }
    staff.finish();

    demo::DemoDataGenerator generator(*workspace);
    const auto result = generator.generate(options);
    if (!result.ok) {
        Console::err() << tr("The demo data could not be generated: %1").arg(result.error) << Qt::endl;
        return Failure;
    }
    const double seconds = std::max(result.seconds, 1e-6);
    Console::out() << tr("Generated %1 rows (%2 departments, %3 employees, %4 customers, %5 logins) in %6 s: %7 rows/s.")
                          .arg(result.rows())
                          .arg(result.departments)
                          .arg(result.employees)
                          .arg(result.customers)
                          .arg(result.users)
                          .arg(QString::number(seconds, 'f', 2))
                          .arg(qRound64(double(result.rows()) / seconds))
                   << Qt::endl
                   << tr("Demo logins: clerk, manager, admin, auditor; password: %1")
                          .arg(demo::DemoDataGenerator::demoPassword())
                   << Qt::endl;
    return Success;
}

} // namespace hrdesk::cli
