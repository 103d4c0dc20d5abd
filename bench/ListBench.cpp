// Measures the staff and customer lists at branch-office scale (issue 3, "Performance"): search
// as you type, opening the customer list, jumping to its end, memory while browsing.
// Usage: hrdesk-bench-lists [--dir DIR] [--employees N] [--customers N] [--follow-ups N] [--runs N]
// The database (keyed, Release demo data + follow-ups) is built once per size in DIR (default:
// the system temp dir) and reused. Prints a Markdown report.

#include "bench/BenchMachine.h"
#include "core/common/Ids.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/workspace/Workspace.h"
#include "models/CustomerListModel.h"
#include "models/StaffListModel.h"
#include "storage/Database.h"
#include "storage/search/PinyinInitials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <time.h>

#include <algorithm>
#include <functional>
#include <vector>

using hrdesk::models::CustomerListModel;
using hrdesk::models::ListModelBase;
using hrdesk::models::StaffListModel;

namespace {

QTextStream err(stderr);


QString procStatus(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(field))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("n/a");
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    err << "SQL failed: " << q.lastError().text() << "\n" << sql.left(200) << Qt::endl;
    return false;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

// Fills what the demo generator does not (yet) write: customer phones (for the phone search)
// and follow-ups, as plain SQL over the generated customers and staff.
bool completeData(QSqlDatabase db, qint64 followUps)
{
    QElapsedTimer timer;
    timer.start();
    if (!exec(db, QStringLiteral("BEGIN")))
        return false;
    if (scalar(db, QStringLiteral("SELECT count(*) FROM customer WHERE phone IS NOT NULL")) == 0) {
        err << "adding customer phones…" << Qt::endl;
        // Deterministic mobile numbers from the row number (13x/15x/18x prefixes).
        if (!exec(db, QStringLiteral("UPDATE customer SET phone = printf('1%d%d%08d', 3 + (rowid % 3) * 2 + (rowid % 3 = 2), "
                                     "rowid % 10, (rowid * 2654435761) % 100000000)")))
            return false;
    }
    const qint64 have = scalar(db, QStringLiteral("SELECT count(*) FROM follow_up"));
    if (have < followUps) {
        err << "adding " << (followUps - have) << " follow-ups…" << Qt::endl;
        const qint64 customers = scalar(db, QStringLiteral("SELECT max(rowid) FROM customer"));
        const QString sql = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %2) "
            "INSERT INTO follow_up (id, customer_id, occurred_at, channel, summary, next_step, by_employee_id, updated_at) "
            "SELECT 'fu-' || i, c.id, "
            "strftime('%Y-%m-%dT%H:%M:%fZ', '2024-01-01', '+' || (i * 7919 % 63072000) || ' seconds'), "
            "CASE i % 6 WHEN 0 THEN 'visit' WHEN 1 THEN 'phone' WHEN 2 THEN 'wechat' WHEN 3 THEN 'email' "
            "WHEN 4 THEN 'meeting' ELSE 'other' END, "
            "'电话回访，客户对报价有疑问，约定下周面谈。', '准备报价单', c.owner_id, '2026-01-01T00:00:00.000Z' "
            "FROM n JOIN customer c ON c.rowid = 1 + (i * 48271) % %3")
                                .arg(have).arg(followUps).arg(customers);
        if (!exec(db, sql))
            return false;
    }
    if (!exec(db, QStringLiteral("COMMIT")))
        return false;
    exec(db, QStringLiteral("ANALYZE"));
    exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    err << "data completed in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

// CPU time of this thread: the machine may be shared, and wall time then includes waiting for a
// core. Both are reported.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Stat
{
    QString name;
    double cpuMedian = 0;
    double median = 0;
    double p90 = 0;
    double max = 0;
    int runs = 0;
    QString detail;
};

Stat measure(const QString &name, int runs, const std::function<void()> &prepare, const std::function<QString()> &run)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    QString detail;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        detail = run();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {name, cpu[cpu.size() / 2], ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 9 / 10)], ms.back(),
            runs, detail};
}

// A search run as a typing user does it: the text changes, the model counts and the first page
// is read for the rows a view shows.
QString firstPage(ListModelBase &model, int visibleRows = 40)
{
    for (int row = 0; row < std::min(visibleRows, model.rowCount()); ++row)
        model.data(model.index(row, 0));
    return QStringLiteral("%1 rows").arg(model.rowCount());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the benchmark database is kept."), QStringLiteral("dir"),
                      QDir::tempPath()});
    parser.addOption({QStringLiteral("employees"), QStringLiteral("Employees."), QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("follow-ups"), QStringLiteral("Follow-ups."), QStringLiteral("n"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("n"), QStringLiteral("25")});
    parser.process(app);
    const int employees = parser.value(QStringLiteral("employees")).toInt();
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const qint64 followUps = parser.value(QStringLiteral("follow-ups")).toLongLong();
    const int runs = std::max(20, parser.value(QStringLiteral("runs")).toInt());
    const QString path = QDir(parser.value(QStringLiteral("dir")))
                             .filePath(QStringLiteral("hrdesk-bench-lists-e%1-c%2-f%3.db").arg(employees).arg(customers).arg(followUps));
    const QByteArray key(32, '\x42'); // the benchmark measures reading, not key handling

    QString error;
    std::unique_ptr<hrdesk::Workspace> workspace;
    double generationSeconds = 0;
    if (!QFileInfo::exists(path)) {
        err << "building " << path << " …" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        auto database = hrdesk::storage::Database::open(path, key, hrdesk::storage::Database::Mode::CreateNew, &error);
        workspace = database ? hrdesk::Workspace::initialize(std::move(database), hrdesk::newId(), &error) : nullptr;
        if (!workspace) {
            err << "cannot create the database: " << error << Qt::endl;
            return 1;
        }
        hrdesk::demo::DemoDataGenerator generator(*workspace);
        hrdesk::demo::DemoDataGenerator::Options options;
        options.employees = employees;
        options.customers = customers;
        const auto result = generator.generate(options);
        if (!result.ok) {
            err << "demo generation failed: " << result.error << Qt::endl;
            QFile::remove(path);
            return 1;
        }
        generationSeconds = result.seconds;
        err << "demo data in " << result.seconds << " s, total " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    } else {
        auto database = hrdesk::storage::Database::open(path, key, hrdesk::storage::Database::Mode::OpenExisting, &error);
        workspace = database ? hrdesk::Workspace::attach(std::move(database), &error) : nullptr;
        if (!workspace) {
            err << "cannot open " << path << ": " << error << Qt::endl;
            return 1;
        }
    }
    QSqlDatabase db = workspace->db();
    if (!completeData(db, followUps))
        return 1;
    // Reopen so the measurements start from a cold page cache, as the desk does after unlock.
    db = QSqlDatabase();
    workspace.reset();
    {
        auto database = hrdesk::storage::Database::open(path, key, hrdesk::storage::Database::Mode::OpenExisting, &error);
        workspace = database ? hrdesk::Workspace::attach(std::move(database), &error) : nullptr;
        if (!workspace) {
            err << "cannot reopen: " << error << Qt::endl;
            return 1;
        }
        db = workspace->db();
    }
    const QString rssAtOpen = procStatus("VmRSS");
    QString loadAverage;
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            loadAverage = QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 2);
    }

    // Queries taken from the data: a surname + given character of a real employee, a customer's
    // trade name (two characters from the middle of a company name), the first two characters of
    // a company name (a city: the largest 2-character result), 4 digits from a mobile's middle.
    const QString staffName = text(db, QStringLiteral("SELECT name FROM employee WHERE length(name) >= 3 ORDER BY employee_no LIMIT 1 OFFSET 17"));
    const QString staffQuery = staffName.left(2);
    const QString staffPhone = text(db, QStringLiteral("SELECT substr(mobile, 5, 4) FROM employee WHERE mobile IS NOT NULL ORDER BY employee_no LIMIT 1 OFFSET 41"));
    const QString customerName = text(db, QStringLiteral("SELECT name FROM customer ORDER BY id LIMIT 1 OFFSET 1234"));
    const QString customerQuery = customerName.mid(2, 2);
    const QString cityQuery = customerName.left(2);
    const QString customerPhone = text(db, QStringLiteral("SELECT substr(phone, 5, 4) FROM customer WHERE phone IS NOT NULL ORDER BY id LIMIT 1 OFFSET 4321"));

    std::vector<Stat> stats;
    StaffListModel staff(db);
    CustomerListModel customerModel(db);
    auto searchStat = [&](const QString &label, ListModelBase &model, const QString &query) {
        stats.push_back(measure(label.arg(query), runs, [&] { model.setSearchText(QString()); },
                                [&] {
                                    model.setSearchText(query);
                                    return firstPage(model);
                                }));
    };
    searchStat(QStringLiteral("Staff search, 2 Chinese characters \"%1\""), staff, staffQuery);
    searchStat(QStringLiteral("Staff search, mobile fragment \"%1\""), staff, staffPhone);
    searchStat(QStringLiteral("Customer search, 2 Chinese characters \"%1\""), customerModel, customerQuery);
    searchStat(QStringLiteral("Customer search, 2 Chinese characters, city \"%1\" (largest result)"), customerModel, cityQuery);
    searchStat(QStringLiteral("Customer search, phone fragment \"%1\""), customerModel, customerPhone);
    searchStat(QStringLiteral("Customer search, 1 character \"%1\""), customerModel, customerQuery.left(1));

    stats.push_back(measure(QStringLiteral("Open customer list (count + first page)"), runs, {}, [&] {
        CustomerListModel model(db);
        return firstPage(model) + QStringLiteral(", ") + model.totalText();
    }));
    std::unique_ptr<CustomerListModel> fresh;
    stats.push_back(measure(QStringLiteral("Customer list: jump to last page"), runs,
                            [&] { fresh = std::make_unique<CustomerListModel>(db); }, [&] {
                                fresh->jumpToEnd();
                                const int last = fresh->rowCount() - 1;
                                return fresh->data(fresh->index(last, 0)).toString();
                            }));
    stats.push_back(measure(QStringLiteral("Customer list by tier, descending: jump to last page"), runs,
                            [&] {
                                fresh = std::make_unique<CustomerListModel>(db);
                                fresh->sort(CustomerListModel::TierColumn, Qt::DescendingOrder);
                            },
                            [&] {
                                fresh->jumpToEnd();
                                return fresh->data(fresh->index(fresh->rowCount() - 1, 0)).toString();
                            }));
    stats.push_back(measure(QStringLiteral("Customer list: drag to the middle (OFFSET anchor + page)"), runs,
                            [&] { fresh = std::make_unique<CustomerListModel>(db); }, [&] {
                                return fresh->data(fresh->index(fresh->rowCount() / 2, 0)).toString();
                            }));
    stats.push_back(measure(QStringLiteral("Customer list: next page while scrolling"), runs,
                            [&] {
                                fresh = std::make_unique<CustomerListModel>(db);
                                fresh->data(fresh->index(0, 0));
                            },
                            [&] { return fresh->data(fresh->index(hrdesk::models::KeysetPager::PageSize, 0)).toString(); }));
    fresh.reset();

    // Browse 50 pages, every column of every row, as a view scrolling down would.
    CustomerListModel browser(db);
    QElapsedTimer browseTimer;
    browseTimer.start();
    for (int row = 0; row < 50 * hrdesk::models::KeysetPager::PageSize && row < browser.rowCount(); ++row) {
        for (int column = 0; column < browser.columnCount(); ++column)
            browser.data(browser.index(row, column));
    }
    const qint64 browseMs = browseTimer.elapsed();

    // Pinyin initials throughput once characters are cached.
    QString names;
    while (names.size() < 1000000)
        names += staffName;
    hrdesk::search::PinyinInitials::of(names.left(64));
    QElapsedTimer initialsTimer;
    initialsTimer.start();
    const QString initials = hrdesk::search::PinyinInitials::of(names);
    const double initialsRate = double(names.size()) / (double(initialsTimer.nsecsElapsed()) / 1e9);

    QTextStream out(stdout);
    out << "## Lists at scale (hrdesk-bench-lists)\n\n"
        << "| | |\n|---|---|\n"
        << "| Machine | " << hrdesk::bench::cpuModel() << ", " << QThread::idealThreadCount() << " logical CPUs |\n"
        << "| OS | " << QSysInfo::prettyProductName() << " (" << QSysInfo::kernelVersion() << ") |\n"
        << "| Qt / SQLCipher | " << qVersion() << " / " << workspace->database().cipherVersion() << " |\n"
        << "| Data | " << scalar(db, QStringLiteral("SELECT count(*) FROM employee")) << " employees, "
        << scalar(db, QStringLiteral("SELECT count(*) FROM customer")) << " customers, "
        << scalar(db, QStringLiteral("SELECT count(*) FROM follow_up")) << " follow-ups, "
        << scalar(db, QStringLiteral("SELECT count(*) FROM search_entry")) << " search entries |\n"
        << "| File | " << QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1)
        << " MiB (encrypted), page cache up to 64 MiB (storage::Database) |\n";
    if (generationSeconds > 0)
        out << "| Demo generation (with search index triggers) | " << QString::number(generationSeconds, 'f', 1) << " s |\n";
    out << "| Runs per measurement | " << runs << " (cold cache only for the first run of each) |\n\n"
        << "| Measurement | Median ms | CPU median ms | p90 ms | Max ms | Result |\n|---|---:|---:|---:|---:|---|\n";
    for (const Stat &s : stats) {
        out << "| " << s.name << " | " << QString::number(s.median, 'f', 2) << " | " << QString::number(s.cpuMedian, 'f', 2)
            << " | " << QString::number(s.p90, 'f', 2)
            << " | " << QString::number(s.max, 'f', 2) << " | " << s.detail << " |\n";
    }
    out << "\n| Memory and throughput | |\n|---|---|\n"
        << "| VmRSS after opening | " << rssAtOpen << " |\n"
        << "| Browse 50 pages (10,000 rows, all columns) | " << browseMs << " ms, " << browser.cachedRowCount()
        << " rows cached |\n"
        << "| Peak RSS (VmHWM) after browsing | " << procStatus("VmHWM") << " |\n"
        << "| Pinyin initials, cached characters | " << QString::number(initialsRate / 1e6, 'f', 1)
        << " M characters/s (" << initials.size() << " initials) |\n";
    return 0;
}
