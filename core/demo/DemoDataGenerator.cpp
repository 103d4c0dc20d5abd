#include "core/demo/DemoDataGenerator.h"

#include "core/commands/CommandContext.h"
#include "core/demo/ChineseNameGenerator.h"
#include "core/demo/DemoCustomerWriter.h"
#include "core/demo/DeferredIndexes.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoOrganisation.h"
#include "core/demo/DemoRandom.h"
#include "core/workspace/Workspace.h"

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

QVariant dateText(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

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

bool DemoDataGenerator::reportProgress(int added)
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
    const CacheSize cache(m_workspace.db(), qint64(options.employees) + options.customers);
    const QString seedText = QString::number(options.seed);
    const QJsonObject arguments{{QStringLiteral("seed"), seedText},
                                {QStringLiteral("employees"), options.employees},
                                {QStringLiteral("customers"), options.customers}};
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
        m_total = int(org.departments.size() + org.employees.size()) + options.customers + 4;
        QString error;
        DeferredIndexes indexes;
        if (!indexes.suspend(ctx.db(), {QStringLiteral("customer")}, &error))
            return ctx.fail(error);
        if (!writeDepartments(ctx, org) || !writeEmployees(ctx, org) || !writeUsers(ctx, org))
            return false;
        qCDebug(lcDemo) << "organisation written after" << timer.elapsed() << "ms";
        if (!writeCustomers(ctx, org))
            return false;
        qCDebug(lcDemo) << "customers written after" << timer.elapsed() << "ms";
        if (!indexes.restore(&error))
            return ctx.fail(tr("Cannot index the demo customers: %1").arg(error));
        qCDebug(lcDemo) << "customers indexed after" << timer.elapsed() << "ms";
        if (!m_workspace.setMeta(QStringLiteral("demo"), QStringLiteral("1"), &error))
            return ctx.fail(error);
        ctx.audit({QStringLiteral("demo.generate"), QStringLiteral("database"), m_workspace.databaseId(), QJsonValue(),
                   QJsonObject{{QStringLiteral("employees"), m_result.employees},
                               {QStringLiteral("customers"), m_result.customers},
                               {QStringLiteral("departments"), m_result.departments},
                               {QStringLiteral("users"), m_result.users},
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
    QSqlQuery q(ctx.db());
    if (!q.prepare(QStringLiteral("INSERT INTO department (id, parent_id, kind, code, name, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)")))
        return ctx.fail(q.lastError().text());
    for (const auto &d : org.departments) {
        q.bindValue(0, d.id);
        q.bindValue(1, d.parent >= 0 ? QVariant(org.departments[d.parent].id) : QVariant());
        q.bindValue(2, d.kind);
        q.bindValue(3, d.code);
        q.bindValue(4, d.name);
        q.bindValue(5, ctx.now());
        if (!q.exec())
            return ctx.fail(q.lastError().text());
        ++m_result.departments;
    }
    return reportProgress(int(org.departments.size())) || cancel(ctx);
}

bool DemoDataGenerator::writeEmployees(commands::CommandContext &ctx, const DemoOrganisation &org)
{
    QSqlQuery q(ctx.db());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO employee (id, employee_no, name, gender, birth_date, id_type, id_number, mobile, email, "
            "department_id, position, manager_id, hire_date, status, status_changed_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'resident_id', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return ctx.fail(q.lastError().text());
    const QVariant male(QStringLiteral("male"));
    const QVariant female(QStringLiteral("female"));
    const QVariant now(ctx.now());
    for (const auto &e : org.employees) {
        q.bindValue(0, e.id);
        q.bindValue(1, e.number);
        q.bindValue(2, e.name);
        q.bindValue(3, e.male ? male : female);
        q.bindValue(4, dateText(e.birthDate));
        q.bindValue(5, e.idNumber);
        q.bindValue(6, e.mobile);
        q.bindValue(7, e.email);
        q.bindValue(8, org.departments[e.department].id);
        q.bindValue(9, e.position);
        q.bindValue(10, e.manager >= 0 ? QVariant(org.employees[e.manager].id) : QVariant());
        q.bindValue(11, dateText(e.hireDate));
        q.bindValue(12, e.status);
        // 09:00 in China, stored in UTC like every other timestamp.
        q.bindValue(13, QVariant(e.statusChangedOn.toString(Qt::ISODate) + QStringLiteral("T01:00:00.000Z")));
        q.bindValue(14, now);
        if (!q.exec())
            return ctx.fail(tr("Cannot write employee %1: %2").arg(e.number, q.lastError().text()));
        ++m_result.employees;
        if (!reportProgress(1))
            return cancel(ctx);
    }
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

bool DemoDataGenerator::writeCustomers(commands::CommandContext &ctx, const DemoOrganisation &org)
{
    DemoCustomerWriter writer(*m_random, *m_identifiers, *m_names, org);
    QString error;
    const bool written = writer.write(ctx.db(), m_options->customers, ctx.now(), [this](int added) {
        m_result.customers += added;
        return reportProgress(added);
    }, &error);
    if (written)
        return true;
    return error.isEmpty() ? cancel(ctx) : ctx.fail(error);
}

} // namespace hrdesk::demo
