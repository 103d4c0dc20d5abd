#include "core/demo/DemoDataGenerator.h"

#include "core/commands/CommandContext.h"
#include "core/demo/ChineseNameGenerator.h"
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
#include <QStringBuilder>

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
        if (!writeDepartments(ctx, org) || !writeEmployees(ctx, org) || !writeUsers(ctx, org)
            || !writeCustomers(ctx, org))
            return false;
        QString error;
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
    const DemoCatalog &catalog = DemoCatalog::instance();
    DemoRandom &random = *m_random;
    QSqlQuery q(ctx.db());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO customer (id, kind, name, credit_code, tier, region, industry, score, status, owner_id, "
            "source, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return ctx.fail(q.lastError().text());

    // Variants built once: the loop below runs hundreds of thousands of times.
    std::vector<int> owners;
    std::vector<QVariant> employeeIds;
    for (const auto &e : org.employees) {
        if (e.ownsCustomers)
            owners.push_back(int(employeeIds.size()));
        employeeIds.emplace_back(e.id);
    }
    int branchCount = 1;
    for (const auto &e : org.employees)
        branchCount = std::max(branchCount, e.branch + 1);
    const QVariant company(QStringLiteral("company")), person(QStringLiteral("person")), now(ctx.now());
    const QVariant tiers[] = {QStringLiteral("key"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    static constexpr int tierWeights[] = {5, 15, 40, 40};
    static constexpr int scoreRanges[][2] = {{85, 100}, {70, 95}, {50, 80}, {20, 65}};
    const QVariant statuses[] = {QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("dormant"),
                                 QStringLiteral("lost")};
    static constexpr int statusWeights[] = {15, 70, 10, 5};
    std::vector<QVariant> industries, sources, cities;
    for (const auto &industry : catalog.industries)
        industries.emplace_back(industry.name);
    for (const auto &source : catalog.sources)
        sources.emplace_back(source);
    for (const auto &branch : catalog.branches)
        cities.emplace_back(branch.city);
    const QString limited = QString::fromUtf16(u"有限公司");
    const QString incorporated = QString::fromUtf16(u"股份有限公司");

    for (int i = 0; i < m_options->customers; ++i) {
        const int owner = owners.empty() ? -1 : owners[random.below(quint32(owners.size()))];
        const int branch = owner >= 0 ? org.employees[owner].branch : int(random.below(quint32(branchCount)));
        const DemoCatalog::Branch &home = catalog.branches[branch];
        const int tier = random.weighted(tierWeights, 4);
        q.bindValue(0, random.uuid());
        if (random.chance(8)) {
            q.bindValue(1, person);
            q.bindValue(2, m_names->name(random, random.chance(50)));
            q.bindValue(3, QVariant());
            q.bindValue(6, QVariant());
        } else {
            const int industry = int(random.below(quint32(catalog.industries.size())));
            const QStringList &words = catalog.industries[industry].words;
            const QString &trade = catalog.tradeNames.at(random.below(quint32(catalog.tradeNames.size())));
            const QString &word = words.at(random.below(quint32(words.size())));
            const QString &suffix = random.chance(12) ? incorporated : limited;
            q.bindValue(1, company);
            q.bindValue(2, QString(home.city % trade % word % suffix));
            q.bindValue(3, m_identifiers->creditCode(random, home.districts.at(random.below(quint32(home.districts.size())))));
            q.bindValue(6, industries[size_t(industry)]);
        }
        q.bindValue(4, tiers[tier]);
        q.bindValue(5, cities[size_t(branch)]);
        q.bindValue(7, random.between(scoreRanges[tier][0], scoreRanges[tier][1]));
        q.bindValue(8, statuses[random.weighted(statusWeights, 4)]);
        q.bindValue(9, owner >= 0 ? employeeIds[size_t(owner)] : QVariant());
        q.bindValue(10, sources[random.below(quint32(sources.size()))]);
        const int creator = owner < 0 ? -1 : random.chance(75) ? owner : owners[random.below(quint32(owners.size()))];
        q.bindValue(11, creator >= 0 ? employeeIds[size_t(creator)] : QVariant());
        q.bindValue(12, now);
        if (!q.exec())
            return ctx.fail(tr("Cannot write a demo customer: %1").arg(q.lastError().text()));
        ++m_result.customers;
        if (!reportProgress(1))
            return cancel(ctx);
    }
    return true;
}

} // namespace hrdesk::demo
