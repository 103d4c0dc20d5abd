// Peak memory of the desk while browsing (issue 3, "Performance": under 200 MB). Builds the real
// MainWindow on the offscreen platform over a large demo database, scrolls the customer list
// through 100 pages, jumps to its end, searches, opens the staff section, and reports the peak
// resident set (VmHWM) in MB.
// Usage: hrdesk-bench-desk-memory [--dir DIR] [--employees N] [--customers N] [--follow-ups N]
// The database is generated once per size in DIR (default: the system temp dir) by a child
// process, so the generator's own memory is not counted.

#include "core/common/Ids.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/workspace/Workspace.h"
#include "models/CustomerListModel.h"
#include "storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/customers/CustomerPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTextStream>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double procStatusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(field)) {
                const QByteArray kb = line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0);
                return kb.toDouble() / 1024.0;
            }
        }
    }
    return -1;
}

const QByteArray Key(32, '\x42'); // the benchmark measures the desk, not key handling

int generate(const QString &path, int employees, int customers, qint64 followUps)
{
    QString error;
    auto database = hrdesk::storage::Database::open(path, Key, hrdesk::storage::Database::Mode::CreateNew, &error);
    auto workspace = database ? hrdesk::Workspace::initialize(std::move(database), hrdesk::newId(), &error) : nullptr;
    if (!workspace) {
        err << "cannot create the database: " << error << Qt::endl;
        return 1;
    }
    hrdesk::demo::DemoDataGenerator::Options options;
    options.employees = employees;
    options.customers = customers;
    options.followUps = followUps;
    const auto result = hrdesk::demo::DemoDataGenerator(*workspace).generate(options);
    if (!result.ok) {
        err << "demo generation failed: " << result.error << Qt::endl;
        workspace.reset();
        QFile::remove(path);
        return 1;
    }
    err << "demo data: " << result.customers << " customers, " << result.followUps << " follow-ups in "
        << result.seconds << " s" << Qt::endl;
    return 0;
}

void paint(QWidget *widget)
{
    QApplication::processEvents();
    widget->repaint();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HRDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("hrdesk-bench-desk-memory"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the benchmark database is kept."), QStringLiteral("dir"),
                      QDir::tempPath()});
    parser.addOption({QStringLiteral("employees"), QStringLiteral("Employees."), QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("follow-ups"), QStringLiteral("Follow-ups."), QStringLiteral("n"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("generate-only"), QStringLiteral("Only build the database (used internally).")});
    parser.process(app);
    const int employees = parser.value(QStringLiteral("employees")).toInt();
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const qint64 followUps = parser.value(QStringLiteral("follow-ups")).toLongLong();
    const QString path = QDir(parser.value(QStringLiteral("dir")))
                             .filePath(QStringLiteral("hrdesk-bench-desk-e%1-c%2-f%3.db").arg(employees).arg(customers).arg(followUps));
    if (parser.isSet(QStringLiteral("generate-only")))
        return generate(path, employees, customers, followUps);
    if (!QFileInfo::exists(path)) {
        err << "building " << path << " in a child process …" << Qt::endl;
        QStringList args = app.arguments().mid(1);
        args << QStringLiteral("--generate-only");
        if (QProcess::execute(QCoreApplication::applicationFilePath(), args) != 0 || !QFileInfo::exists(path))
            return 1;
    }
    const double rssStart = procStatusMb("VmRSS");

    QString error;
    auto database = hrdesk::storage::Database::open(path, Key, hrdesk::storage::Database::Mode::OpenExisting, &error);
    hrdesk::ui::StartupFlow::Session session;
    session.workspace = database ? hrdesk::Workspace::attach(std::move(database), &error) : nullptr;
    if (!session.workspace) {
        err << "cannot open " << path << ": " << error << Qt::endl;
        return 1;
    }
    {
        QSqlQuery q(session.workspace->db());
        if (!q.exec(QStringLiteral("SELECT id, login, display_name, role FROM local_user ORDER BY login LIMIT 1")) || !q.next()) {
            err << "the demo database has no user" << Qt::endl;
            return 1;
        }
        session.user = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    }
    const QString searchText = [&] {
        QSqlQuery q(session.workspace->db());
        return q.exec(QStringLiteral("SELECT substr(name, 3, 2) FROM customer ORDER BY id LIMIT 1 OFFSET 1234")) && q.next()
            ? q.value(0).toString()
            : QStringLiteral("科技");
    }();

    QElapsedTimer timer;
    timer.start();
    hrdesk::ui::MainWindow window(std::move(session));
    window.resize(1400, 900);
    window.show();
    window.showSection(QStringLiteral("customers"));
    auto *page = window.findChild<hrdesk::ui::CustomerPage *>();
    if (!page) {
        err << "no customer page" << Qt::endl;
        return 1;
    }
    QTableView *view = page->view();
    paint(&window);
    const double rssOpen = procStatusMb("VmRSS");
    const int total = page->model()->rowCount();
    const int visibleRows = qMax(1, view->viewport()->height() / view->verticalHeader()->defaultSectionSize());

    // 100 pages down, page by page, painting each as the user would see it.
    for (int pageNo = 1; pageNo <= 100; ++pageNo) {
        view->verticalScrollBar()->setValue(pageNo * visibleRows);
        paint(view->viewport());
    }
    const double rssScrolled = procStatusMb("VmRSS");
    page->jumpToEnd();
    paint(view->viewport());
    page->searchEdit()->setText(searchText);
    page->applySearchNow();
    paint(view->viewport());
    const int found = page->model()->rowCount();
    page->searchEdit()->clear();
    page->applySearchNow();
    paint(view->viewport());

    const bool hasStaff = window.sectionIds().contains(QStringLiteral("staff"));
    if (hasStaff) {
        window.showSection(QStringLiteral("staff"));
        paint(&window);
    }
    const double elapsed = timer.elapsed() / 1000.0;

    const double peak = procStatusMb("VmHWM");
    out << "# Desk peak memory\n\n"
        << "| | |\n|---|---|\n"
        << "| Database | " << employees << " employees, " << total << " customers, " << followUps << " follow-ups |\n"
        << "| VmRSS before opening | " << QString::number(rssStart, 'f', 1) << " MB |\n"
        << "| VmRSS with the customer list open | " << QString::number(rssOpen, 'f', 1) << " MB |\n"
        << "| VmRSS after 100 pages (" << visibleRows << " rows each) | " << QString::number(rssScrolled, 'f', 1) << " MB |\n"
        << "| Search \"" << searchText << "\" | " << found << " customers |\n"
        << "| Staff section opened | " << (hasStaff ? "yes" : "no (not in this build)") << " |\n"
        << "| Browsing time | " << QString::number(elapsed, 'f', 2) << " s |\n"
        << "| **Peak RSS (VmHWM)** | **" << QString::number(peak, 'f', 1) << " MB** (target < 200 MB) |\n";
    out.flush();
    window.close();
    return peak < 200 ? 0 : 2;
}
