#include "core/demo/DemoCustomerWriter.h"

#include "core/demo/ChineseNameGenerator.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoOrganisation.h"
#include "core/demo/DemoRandom.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hrdesk::demo {

namespace {

constexpr int TierWeights[] = {5, 15, 40, 40};
constexpr int ScoreRanges[][2] = {{85, 100}, {70, 95}, {50, 80}, {20, 65}};
constexpr const char *Tiers[] = {"key", "A", "B", "C"};
constexpr int StatusWeights[] = {15, 70, 10, 5};
constexpr const char *Statuses[] = {"prospect", "active", "dormant", "lost"};

// Generated text never holds quotes, backslashes or control characters, but escaping keeps the
// batch valid JSON whatever the catalogue says.
// The inside of an SQL string literal. The text is generated (catalogue words, digits, UUIDs),
// never typed by anybody, and quotes are doubled all the same.
void appendEscaped(QByteArray &sql, const char *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '\'')
            sql.append('\'');
        sql.append(text[i]);
    }
}

void appendString(QByteArray &sql, const char *text, qsizetype size)
{
    sql.append('\'');
    appendEscaped(sql, text, size);
    sql.append('\'');
}

void appendEscaped(QByteArray &sql, const QByteArray &text)
{
    appendEscaped(sql, text.constData(), text.size());
}

void appendNumber(QByteArray &sql, int value)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n > 0)
        sql.append(digits[--n]);
}

void appendString(QByteArray &sql, const QByteArray &text)
{
    appendString(sql, text.constData(), text.size());
}

std::vector<QByteArray> utf8(const QStringList &list)
{
    std::vector<QByteArray> out;
    for (const QString &s : list)
        out.push_back(s.toUtf8());
    return out;
}

template<typename List>
const auto &pick(DemoRandom &random, const List &list)
{
    return list[random.below(quint32(list.size()))];
}

} // namespace

DemoCustomerWriter::DemoCustomerWriter(DemoRandom &random, DemoIdentifiers &identifiers,
                                       const ChineseNameGenerator &names, const DemoOrganisation &org)
    : m_random(random)
    , m_identifiers(identifiers)
    , m_names(names)
    , m_org(org)
{
    const DemoCatalog &catalog = DemoCatalog::instance();
    for (const auto &e : org.employees) {
        if (e.ownsCustomers)
            m_owners.push_back(int(m_employeeIds.size()));
        m_employeeIds.push_back(e.id.toLatin1());
        m_branchCount = std::max(m_branchCount, e.branch + 1);
    }
    for (const auto &branch : catalog.branches) {
        m_cities.push_back(branch.city.toUtf8());
        m_districts.push_back(utf8(branch.districts));
    }
    m_tradeNames = utf8(catalog.tradeNames);
    for (const auto &industry : catalog.industries) {
        m_industries.push_back(industry.name.toUtf8());
        m_industryWords.push_back(utf8(industry.words));
    }
    m_sources = utf8(catalog.sources);
}

void DemoCustomerWriter::appendRow(QByteArray &sql, const char *id)
{
    static const QByteArray limited = QStringLiteral("有限公司").toUtf8();
    static const QByteArray incorporated = QStringLiteral("股份有限公司").toUtf8();
    DemoRandom &random = m_random;
    const int owner = m_owners.empty() ? -1 : m_owners[random.below(quint32(m_owners.size()))];
    const int branch = owner >= 0 ? m_org.employees[size_t(owner)].branch : int(random.below(quint32(m_branchCount)));
    const int tier = random.weighted(TierWeights, 4);

    // The column order of Insert in write().
    sql.append('(');
    appendString(sql, id, 36);
    if (random.chance(8)) {
        sql.append(",'person',");
        appendString(sql, m_names.name(random, random.chance(50)).toUtf8());
        sql.append(",NULL,'").append(Tiers[tier]).append("',");
        appendString(sql, m_cities[size_t(branch)]);
        sql.append(",NULL,");
    } else {
        const size_t industry = random.below(quint32(m_industries.size()));
        const QByteArray &trade = pick(random, m_tradeNames);
        const QByteArray &word = pick(random, m_industryWords[industry]);
        const QByteArray &suffix = random.chance(12) ? incorporated : limited;
        char code[18];
        m_identifiers.creditCode(random, pick(random, m_districts[size_t(branch)]).constData(), code);
        sql.append(",'company','");
        appendEscaped(sql, m_cities[size_t(branch)]);
        appendEscaped(sql, trade);
        appendEscaped(sql, word);
        appendEscaped(sql, suffix);
        sql.append("',");
        appendString(sql, code, 18);
        sql.append(",'").append(Tiers[tier]).append("',");
        appendString(sql, m_cities[size_t(branch)]);
        sql.append(',');
        appendString(sql, m_industries[industry]);
        sql.append(',');
    }
    appendNumber(sql, random.between(ScoreRanges[tier][0], ScoreRanges[tier][1]));
    sql.append(",'").append(Statuses[random.weighted(StatusWeights, 4)]).append("',");
    if (owner >= 0)
        appendString(sql, m_employeeIds[size_t(owner)]);
    else
        sql.append("NULL");
    sql.append(',');
    appendString(sql, pick(random, m_sources));
    sql.append(',');
    const int creator = owner < 0 ? -1 : random.chance(75) ? owner : m_owners[random.below(quint32(m_owners.size()))];
    if (creator >= 0)
        appendString(sql, m_employeeIds[size_t(creator)]);
    else
        sql.append("NULL");
    sql.append(',').append(m_now).append(')');
}

bool DemoCustomerWriter::write(QSqlDatabase db, int count, const QString &now,
                               const std::function<bool(int)> &progress, QString *error)
{
    static const QByteArray insert = "INSERT INTO customer (id, kind, name, credit_code, tier, region, industry, "
                                     "score, status, owner_id, source, created_by, updated_at) VALUES ";
    m_now.clear();
    appendString(m_now, now.toUtf8());

    // Rows go in in key order: the primary key index then grows at its end instead of splitting
    // pages all over the file. The keys stay random (and deterministic); only their order changes.
    m_identifiers.reserveCreditCodes(count);
    m_ids.resize(size_t(count));
    for (auto &id : m_ids)
        m_random.uuid(id.data());
    std::sort(m_ids.begin(), m_ids.end());

    QByteArray sql;
    sql.reserve(insert.size() + BatchSize * 300);
    QSqlQuery q(db);
    for (int done = 0; done < count;) {
        const int batch = std::min(BatchSize, count - done);
        sql = insert;
        for (int i = 0; i < batch; ++i) {
            if (i)
                sql.append(',');
            appendRow(sql, m_ids[size_t(done + i)].data());
        }
        if (!q.exec(QString::fromUtf8(sql))) {
            *error = tr("Cannot write demo customers: %1").arg(q.lastError().text());
            return false;
        }
        done += batch;
        if (!progress(batch)) {
            error->clear();
            return false;
        }
    }
    return true;
}

} // namespace hrdesk::demo
