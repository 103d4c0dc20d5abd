#include "core/demo/DemoCustomerWriter.h"

#include "core/demo/ChineseNameGenerator.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoOrganisation.h"
#include "core/demo/DemoRandom.h"
#include "storage/BulkInsert.h"
#include "storage/BulkPipeline.h"
#include "storage/RowBatch.h"
#include "storage/search/SearchEntryBatch.h"

#include <algorithm>

namespace hrdesk::demo {

namespace {

constexpr int TierWeights[] = {5, 15, 40, 40};
constexpr int ScoreRanges[][2] = {{85, 100}, {70, 95}, {50, 80}, {20, 65}};
constexpr const char *Tiers[] = {"key", "A", "B", "C"};
constexpr int StatusWeights[] = {15, 70, 10, 5};
constexpr const char *Statuses[] = {"prospect", "active", "dormant", "lost"};

// Area codes of the catalogue's cities by branch code, for company switchboard numbers.
const char *areaCode(const QString &branchCode)
{
    static const struct { const char *branch; const char *code; } codes[] = {
        {"SH", "021"}, {"BJ", "010"}, {"SZ", "0755"}, {"CD", "028"}, {"HZ", "0571"},
        {"WH", "027"}, {"GZ", "020"}, {"TJ", "022"}, {"NJ", "025"}, {"CQ", "023"},
    };
    for (const auto &c : codes) {
        if (branchCode == QLatin1String(c.branch))
            return c.code;
    }
    return "010";
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

void putDigits(char *out, quint32 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
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
        m_areaCodes.push_back(QByteArray(areaCode(branch.code)));
        m_districts.push_back(utf8(branch.districts));
    }
    m_tradeNames = utf8(catalog.tradeNames);
    for (const auto &industry : catalog.industries) {
        m_industries.push_back(industry.name.toUtf8());
        m_industryWords.push_back(utf8(industry.words));
    }
    m_sources = utf8(catalog.sources);
}

bool DemoCustomerWriter::write(QSqlDatabase db, int count, const QString &now,
                               const std::function<bool(int)> &progress, QString *error)
{
    static const QByteArray limited = QStringLiteral("有限公司").toUtf8();
    static const QByteArray incorporated = QStringLiteral("股份有限公司").toUtf8();
    storage::BulkInsert insert(db, QStringLiteral(
        "INSERT INTO customer (id, kind, name, credit_code, tier, region, industry, score, status, owner_id, "
        "source, created_by, updated_at, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.isValid()) {
        *error = tr("Cannot write demo customers: %1").arg(insert.lastError());
        return false;
    }
    const QByteArray nowUtf8 = now.toUtf8();

    m_identifiers.reserveCreditCodes(count);
    m_keys = DemoKey::sorted(m_random, size_t(count));
    m_facts.assign(size_t(count), Facts());
    m_personNames.assign(size_t(count), QString());

    // The rows are made on a second thread while this one writes them (storage::BulkPipeline);
    // until the pipeline returns only the producer touches the generator's state.
    DemoRandom &random = m_random;
    QByteArray name;
    QString personName;
    char id[36];
    char code[18];
    char phone[16];
    int row = 0;
    const auto produce = [&](storage::RowBatch &out) {
        for (; row < count && !out.isFull(); ++row) {
            Facts &facts = m_facts[size_t(row)];
            const int owner = m_owners.empty() ? -1 : m_owners[random.below(quint32(m_owners.size()))];
            const int branch = owner >= 0 ? m_org.employees[size_t(owner)].branch
                                          : int(random.below(quint32(m_branchCount)));
            const int tier = random.weighted(TierWeights, 4);
            facts.owner = owner;
            facts.branch = branch;
            facts.tier = quint8(tier);

            m_keys[size_t(row)].format(id);
            out.bindText(1, QByteArrayView(id, 36));
            facts.person = random.chance(8);
            if (facts.person) {
                personName = m_names.name(random, random.chance(50));
                const QString mobile = DemoIdentifiers::mobile(random);
                out.bindText(2, "person");
                out.bindText(3, QStringView(personName));
                out.bindText(14, QStringView(mobile));
                m_personNames[size_t(row)] = personName;
                if (m_searchEntries)
                    m_searchEntries->add(QStringLiteral("customer"), QString::fromLatin1(id, 36), {personName, mobile, QString()}, 1);
            } else {
                const size_t industry = random.below(quint32(m_industries.size()));
                const QByteArray &trade = pick(random, m_tradeNames);
                const QByteArray &word = pick(random, m_industryWords[industry]);
                const QByteArray &suffix = random.chance(12) ? incorporated : limited;
                m_identifiers.creditCode(random, pick(random, m_districts[size_t(branch)]).constData(), code);
                name.clear();
                name.append(m_cities[size_t(branch)]).append(trade).append(word).append(suffix);
                const QByteArray &area = m_areaCodes[size_t(branch)];
                memcpy(phone, area.constData(), size_t(area.size()));
                phone[area.size()] = '-';
                putDigits(phone + area.size() + 1, 20000000 + random.below(79999999), 8);
                facts.industry = int(industry);
                out.bindText(2, "company");
                out.bindText(3, name);
                out.bindText(4, QByteArrayView(code, 18));
                out.bindText(7, m_industries[industry]);
                out.bindText(14, QByteArrayView(phone, area.size() + 9));
                if (m_searchEntries)
                    m_searchEntries->add(QStringLiteral("customer"), QString::fromLatin1(id, 36),
                                         {QString::fromUtf8(name), QString::fromLatin1(phone, area.size() + 9), QString()}, 1);
            }
            out.bindText(5, Tiers[tier]);
            out.bindText(6, m_cities[size_t(branch)]);
            out.bind(8, qint64(random.between(ScoreRanges[tier][0], ScoreRanges[tier][1])));
            facts.status = quint8(random.weighted(StatusWeights, 4));
            out.bindText(9, Statuses[facts.status]);
            if (owner >= 0)
                out.bindText(10, m_employeeIds[size_t(owner)]);
            out.bindText(11, pick(random, m_sources));
            facts.creator = owner < 0 ? -1 : random.chance(75) ? owner : m_owners[random.below(quint32(m_owners.size()))];
            if (facts.creator >= 0)
                out.bindText(12, m_employeeIds[size_t(facts.creator)]);
            out.bindText(13, nowUtf8);
            out.endRow();
        }
        return row < count;
    };
    storage::BulkPipeline pipeline(insert, 14, ProgressStep);
    if (pipeline.run(produce, progress))
        return true;
    if (pipeline.cancelled())
        error->clear();
    else
        *error = tr("Cannot write demo customers: %1").arg(pipeline.error());
    return false;
}

} // namespace hrdesk::demo
