#include "core/demo/DemoDataGenerator.h"

#include "core/commands/CommandContext.h"
#include "core/demo/ChineseNameGenerator.h"
#include "core/demo/DemoCalendar.h"
#include "core/demo/DemoCustomerBookWriter.h"
#include "core/demo/DemoCustomerWriter.h"
#include "core/demo/DemoFollowUpWriter.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoOrganisation.h"
#include "core/demo/DemoRandom.h"
#include "core/staff/EmployeeWriter.h"
#include "core/workspace/Workspace.h"
#include "storage/BulkForeignKeyCheck.h"
#include "storage/DeferredIndexes.h"
#include "storage/RollbackJournalScope.h"
#include "storage/BulkInsert.h"
#include "storage/search/SearchEntryBatch.h"
#include "storage/search/SearchIndexBulkLoad.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcDemo, "hrdesk.demo")

namespace hrdesk::demo {

namespace {

constexpr int ProgressStep = 2048;
constexpr qint64 FollowUpsPerCustomer = 5;
// Far beyond any demo, and it keeps the share-out arithmetic of DemoFollowUpWriter in range.
constexpr qint64 MaxFollowUps = 100'000'000;

// Random UUID keys and name indexes touch pages all over the file; with SQLite's default 2 MiB
// page cache most of the time went into SQLCipher decrypting and re-encrypting evicted pages.
// A cache sized to the data set (about 0.5 KiB per row) keeps them decrypted until the commit;
// the previous size is restored afterwards, which frees the memory again.
class CacheSize
{
public:
    CacheSize(QSqlDatabase db, qint64 rows)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        const qint64 kib = std::min<qint64>(32 * 1024 + rows * 6 / 10, 1024 * 1024);
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    }
    ~CacheSize()
    {
        if (m_previous != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

// Same format and cost as LocalUserDirectory, so that signIn() accepts the demo logins.
QString hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out.constData());
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool DemoDataGenerator::reportProgress(qint64 added)
{
    m_done += added;
    if (!m_options->progress || (m_done < m_nextReport && m_done < m_total))
        return true;
    m_nextReport = m_done + ProgressStep;
    return m_options->progress(m_done, m_total);
}

bool DemoDataGenerator::cancel(commands::CommandContext &ctx)
{
    m_result.cancelled = true;
    return ctx.fail(tr("The demo data generation was cancelled; nothing was written."));
}

DemoDataGenerator::Result DemoDataGenerator::generate(const Options &options)
{
    m_result = Result();
    if (options.employees < 0 || options.customers < 0) {
        m_result.error = tr("The numbers of employees and customers cannot be negative.");
        return m_result;
    }
    const qint64 followUps = options.followUps < 0 ? FollowUpsPerCustomer * options.customers : options.followUps;
    if (followUps > MaxFollowUps) {
        m_result.error = tr("At most %1 follow-ups can be generated, not %2.").arg(MaxFollowUps).arg(followUps);
        return m_result;
    }
    if (followUps > 0 && options.customers == 0) {
        m_result.error = tr("Follow-ups belong to customers: ask for some customers, or for no follow-ups.");
        return m_result;
    }
    m_followUps = followUps;
    DemoRandom random(options.seed);
    DemoIdentifiers identifiers;
    const ChineseNameGenerator names;
    m_options = &options;
    m_random = &random;
    m_identifiers = &identifiers;
    m_names = &names;
    m_done = 0;
    m_nextReport = 0;

    QElapsedTimer timer;
    timer.start();
    // About six rows of the customer book per customer besides the follow-ups.
    const CacheSize cache(m_workspace.db(), qint64(options.employees) + options.customers * 7 + followUps);
    const QString seedText = QString::number(options.seed);
    const QJsonObject arguments{{QStringLiteral("seed"), seedText},
                                {QStringLiteral("employees"), options.employees},
                                {QStringLiteral("customers"), options.customers},
                                {QStringLiteral("followUps"), followUps}};
    // Every reference the generator writes points at a row it wrote before; one check at the end
    // proves it (and fails the command otherwise).
    const storage::BulkForeignKeyCheck references(m_workspace.db());
    // The demo grows the file by about 0.5 KiB per row: written once, not into the WAL and again.
    const storage::RollbackJournalScope journal(m_workspace.db());
    const auto outcome = m_workspace.runner().run(
        commands::Actor::system(), QStringLiteral("demo.generate"), arguments, [&](commands::CommandContext &ctx) {
        QSqlQuery existing(ctx.db());
        if (!existing.exec(QStringLiteral("SELECT (SELECT count(*) FROM employee) + (SELECT count(*) FROM customer)"))
            || !existing.next())
            return ctx.fail(existing.lastError().text());
        if (existing.value(0).toLongLong() > 0)
            return ctx.fail(tr("The database already has staff or customers; demo data goes only into an empty database."));
        existing.finish();

        const DemoOrganisation org = DemoOrganisation::build(random, identifiers, names, options.employees);
        // An estimate for progress: the book's row counts are drawn while it is written.
        m_total = qint64(org.departments.size() + org.employees.size()) + qint64(options.customers) * 4 + followUps + 4;
        QString error;
        storage::DeferredIndexes indexes;
        // Customers go in in key order but are indexed by owner and name; deals and contracts by
        // owner: those indexes are built once at the end. Contacts, follow-ups and the owner
        // history are written in customer order, so their indexes grow at their end anyway.
        if (!indexes.suspend(ctx.db(), {QStringLiteral("customer"), QStringLiteral("deal"), QStringLiteral("sales_contract")},
                             &error))
            return ctx.fail(error);
        search::SearchIndexBulkLoad searchIndex;
        if (!searchIndex.suspend(ctx.db(), &error))
            return ctx.fail(error);
        if (!writeDepartments(ctx, org) || !writeEmployees(ctx, org) || !writeUsers(ctx, org))
            return false;
        qCDebug(lcDemo) << "organisation written after" << timer.elapsed() << "ms";
        search::SearchEntryBatch customerEntries;
        customerEntries.reserve(size_t(options.customers));
        DemoCustomerWriter customers(*m_random, *m_identifiers, *m_names, org);
        customers.setSearchEntries(&customerEntries);
        if (!writeCustomers(ctx, customers))
            return false;
        qCDebug(lcDemo) << "customers written after" << timer.elapsed() << "ms";
        if (!writeCustomerBook(ctx, org, customers, customerEntries))
            return false;
        qCDebug(lcDemo) << "customer book written after" << timer.elapsed() << "ms";
        if (!indexes.restore(&error))
            return ctx.fail(tr("Cannot index the demo customers: %1").arg(error));
        qCDebug(lcDemo) << "list indexes built after" << timer.elapsed() << "ms";
        if (!customerEntries.write(ctx.db(), &error) || !searchIndex.finish(&error))
            return ctx.fail(tr("Cannot index the demo data for search: %1").arg(error));
        qCDebug(lcDemo) << "customers indexed after" << timer.elapsed() << "ms";
        if (!references.verify(&error))
            return ctx.fail(error);
        qCDebug(lcDemo) << "references checked after" << timer.elapsed() << "ms";
        if (!Workspace::markAsDemo(ctx, &error))
            return ctx.fail(error);
        ctx.audit({QStringLiteral("demo.generate"), QStringLiteral("database"), m_workspace.databaseId(), QJsonValue(),
                   QJsonObject{{QStringLiteral("employees"), m_result.employees},
                               {QStringLiteral("customers"), m_result.customers},
                               {QStringLiteral("departments"), m_result.departments},
                               {QStringLiteral("users"), m_result.users},
                               {QStringLiteral("contacts"), m_result.contacts},
                               {QStringLiteral("followUps"), m_result.followUps},
                               {QStringLiteral("deals"), m_result.deals},
                               {QStringLiteral("salesContracts"), m_result.salesContracts},
                               {QStringLiteral("ownerChanges"), m_result.ownerChanges},
                               {QStringLiteral("seed"), seedText}}});
        return true;
    });
    m_result.seconds = double(timer.nsecsElapsed()) / 1e9;
    m_options = nullptr;
    if (!outcome.ok) {
        const bool cancelled = m_result.cancelled;
        m_result = Result();
        m_result.cancelled = cancelled;
        m_result.error = outcome.error;
        return m_result;
    }
    m_result.ok = true;
    qCInfo(lcDemo) << "generated" << m_result.rows() << "rows in" << m_result.seconds << "s, seed" << options.seed;
    return m_result;
}

bool DemoDataGenerator::writeDepartments(commands::CommandContext &ctx, const DemoOrganisation &org)
{
    storage::BulkInsert insert(ctx.db(), QStringLiteral("INSERT INTO department (id, parent_id, kind, code, name, "
                                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const auto &d : org.departments) {
        insert.bindText(1, d.id);
        if (d.parent >= 0)
            insert.bindText(2, org.departments[size_t(d.parent)].id);
        insert.bindText(3, d.kind);
        insert.bindText(4, d.code);
        insert.bindText(5, d.name);
        insert.bindText(6, ctx.now());
        if (!insert.step())
            return ctx.fail(tr("Cannot write department %1: %2").arg(d.code, insert.lastError()));
        ++m_result.departments;
    }
    return reportProgress(int(org.departments.size())) || cancel(ctx);
}

bool DemoDataGenerator::writeEmployees(commands::CommandContext &ctx, const DemoOrganisation &org)
{
    std::vector<staff::Employee> employees;
    employees.reserve(org.employees.size());
    for (const auto &row : org.employees) {
        staff::Employee e;
        e.id = row.id;
        e.employeeNo = row.number;
        e.name = row.name;
        e.gender = row.male ? QStringLiteral("male") : QStringLiteral("female");
        e.birthDate = row.birthDate;
        e.idNumber = row.idNumber;
        e.mobile = row.mobile;
        e.email = row.email;
        e.departmentId = org.departments[size_t(row.department)].id;
        e.position = row.position;
        if (row.manager >= 0)
            e.managerId = org.employees[size_t(row.manager)].id;
        e.hireDate = row.hireDate;
        // The usual six months (Labour Contract Law art. 19 allows up to six).
        if (row.status == QLatin1String("probation"))
            e.probationEnd = row.hireDate.addMonths(6);
        e.status = row.status;
        e.statusChangedAt = row.statusChangedOn;
        employees.push_back(std::move(e));
    }
    // The rows of the staff form and the import, without an audit event each: demo.generate
    // records the whole generation.
    staff::EmployeeWriter::Options options;
    options.searchTriggersSuspended = true;
    qint64 reported = 0;
    options.progress = [&](qint64 written) {
        const qint64 added = written - reported;
        reported = written;
        return reportProgress(added);
    };
    staff::EmployeeWriter::Outcome outcome;
    if (!staff::EmployeeWriter::write(ctx, employees, options, &outcome)) {
        if (outcome.cancelled)
            return cancel(ctx);
        const QString number = outcome.failedIndex >= 0 ? employees[size_t(outcome.failedIndex)].employeeNo : QString();
        return ctx.fail(tr("Cannot write employee %1: %2").arg(number, outcome.error));
    }
    m_result.employees = int(outcome.written);
    return true;
}

bool DemoDataGenerator::writeUsers(commands::CommandContext &ctx, const DemoOrganisation &org)
{
    struct DemoUser
    {
        QString login;
        QString role;
        int employee;
        QString displayName;
    };
    const DemoUser users[] = {
        {QStringLiteral("clerk"), QStringLiteral("hr_clerk"), org.clerk, QString::fromUtf16(u"王芳")},
        {QStringLiteral("manager"), QStringLiteral("sales_manager"), org.salesManager, QString::fromUtf16(u"销售经理")},
        {QStringLiteral("admin"), QStringLiteral("admin"), -1, QString::fromUtf16(u"系统管理员")},
        {QStringLiteral("auditor"), QStringLiteral("auditor"), -1, QString::fromUtf16(u"内审专员")},
    };
    QSqlQuery q(ctx.db());
    if (!q.prepare(QStringLiteral("INSERT INTO local_user (id, login, display_name, role, password_hash, updated_at, "
                                  "employee_id) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return ctx.fail(q.lastError().text());
    // One hash for the four logins: they share the published demo password anyway, and Argon2id
    // at interactive cost would otherwise dominate small generations.
    const QString hash = hashPassword(demoPassword());
    if (hash.isEmpty())
        return ctx.fail(tr("Not enough memory to protect the demo passwords."));
    for (const auto &user : users) {
        const bool linked = user.employee >= 0;
        q.bindValue(0, m_random->uuid());
        q.bindValue(1, user.login);
        q.bindValue(2, linked ? org.employees[user.employee].name : user.displayName);
        q.bindValue(3, user.role);
        q.bindValue(4, hash);
        q.bindValue(5, ctx.now());
        q.bindValue(6, linked ? QVariant(org.employees[user.employee].id) : QVariant());
        if (!q.exec())
            return ctx.fail(tr("Cannot create the demo login %1: %2").arg(user.login, q.lastError().text()));
        ++m_result.users;
    }
    return reportProgress(m_result.users) || cancel(ctx);
}

bool DemoDataGenerator::writeCustomers(commands::CommandContext &ctx, DemoCustomerWriter &writer)
{
    QString error;
    const bool written = writer.write(ctx, m_options->customers, [this](int added) {
        m_result.customers += added;
        return reportProgress(added);
    }, &error);
    if (written)
        return true;
    return error.isEmpty() ? cancel(ctx) : ctx.fail(error);
}

bool DemoDataGenerator::writeCustomerBook(commands::CommandContext &ctx, const DemoOrganisation &org,
                                          const DemoCustomerWriter &customers, search::SearchEntryBatch &searchEntries)
{
    const DemoCalendar calendar;
    const DemoCustomerBookWriter::Command command{
        ctx.now().toUtf8(), ctx.commandId().toUtf8(),
        (ctx.actor().id.isEmpty() ? ctx.actor().name : ctx.actor().id).toUtf8()};
    const auto progress = [this](int added) { return reportProgress(added); };
    QString error;
    DemoCustomerBookWriter book(*m_random, calendar, *m_names, org, customers);
    book.setSearchEntries(&searchEntries);
    DemoFollowUpWriter followUps(*m_random, calendar, org, customers);
    bool written = book.writeContacts(ctx.db(), command, progress, &error)
        && followUps.write(ctx.db(), m_followUps, command.now, progress, &error)
        && book.writeDeals(ctx.db(), command, progress, &error)
        && book.writeSalesContracts(ctx.db(), command, progress, &error)
        && book.writeOwnerChanges(ctx.db(), command, progress, &error);
    // The entries are complete once the contacts are in, and needed after the list indexes are
    // built: tokenising starts now, so that while the book went in the second core made its rows.
    if (written)
        searchEntries.start();
    m_result.contacts = book.written().contacts;
    m_result.followUps = followUps.written();
    m_result.deals = book.written().deals;
    m_result.salesContracts = book.written().salesContracts;
    m_result.ownerChanges = book.written().ownerChanges;
    if (written)
        return true;
    return error.isEmpty() ? cancel(ctx) : ctx.fail(error);
}

} // namespace hrdesk::demo
