#include "core/demo/DemoCustomerWriter.h"

#include "core/demo/ChineseNameGenerator.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoOrganisation.h"
#include "core/demo/DemoRandom.h"
#include "core/customers/CustomerWriter.h"

#include <algorithm>

namespace hrdesk::demo {

namespace {

constexpr int TierWeights[] = {5, 15, 40, 40};
constexpr int ScoreRanges[][2] = {{85, 100}, {70, 95}, {50, 80}, {20, 65}};
constexpr int StatusWeights[] = {15, 70, 10, 5};

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

std::vector<QString> strings(const QStringList &list)
{
    return {list.begin(), list.end()};
}

// District codes are digits, handed to DemoIdentifiers::creditCode() as C strings.
std::vector<QByteArray> latin1(const QStringList &list)
{
    std::vector<QByteArray> out;
    for (const QString &s : list)
        out.push_back(s.toLatin1());
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
        m_employeeIds.push_back(e.id);
        m_branchCount = std::max(m_branchCount, e.branch + 1);
    }
    for (const auto &branch : catalog.branches) {
        m_cities.push_back(branch.city);
        m_areaCodes.push_back(QString::fromLatin1(areaCode(branch.code)));
        m_districts.push_back(latin1(branch.districts));
    }
    m_tradeNames = strings(catalog.tradeNames);
    for (const auto &industry : catalog.industries) {
        m_industries.push_back(industry.name);
        m_industryWords.push_back(strings(industry.words));
    }
    m_sources = strings(catalog.sources);
}

bool DemoCustomerWriter::write(commands::CommandContext &ctx, int count, const std::function<bool(int)> &progress,
                               QString *error)
{
    static const QString limited = QStringLiteral("有限公司");
    static const QString incorporated = QStringLiteral("股份有限公司");
    static const QString person = QStringLiteral("person");
    static const QString company = QStringLiteral("company");
    static const QString tiers[] = {QStringLiteral("key"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    static const QString statuses[] = {QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("dormant"),
                                       QStringLiteral("lost")};

    m_identifiers.reserveCreditCodes(count);
    m_keys = DemoKey::sorted(m_random, size_t(count));
    m_facts.assign(size_t(count), Facts());
    m_personNames.assign(size_t(count), QString());

    // The customers are made on the writer's second thread while this one writes them; until
    // the writer returns only the source touches the generator's state.
    DemoRandom &random = m_random;
    customers::Customer c;
    char id[36];
    char code[18];
    char phone[16];
    const auto source = [&](qint64 index) -> customers::Customer & {
        const size_t row = size_t(index);
        Facts &facts = m_facts[row];
        const int owner = m_owners.empty() ? -1 : m_owners[random.below(quint32(m_owners.size()))];
        const int branch = owner >= 0 ? m_org.employees[size_t(owner)].branch
                                      : int(random.below(quint32(m_branchCount)));
        const int tier = random.weighted(TierWeights, 4);
        facts.owner = owner;
        facts.branch = branch;
        facts.tier = quint8(tier);

        m_keys[row].format(id);
        c = customers::Customer();
        c.id = QString::fromLatin1(id, 36);
        facts.person = random.chance(8);
        if (facts.person) {
            c.kind = person;
            c.name = m_names.name(random, random.chance(50));
            c.phone = DemoIdentifiers::mobile(random);
            m_personNames[row] = c.name;
        } else {
            const size_t industry = random.below(quint32(m_industries.size()));
            const QString &trade = pick(random, m_tradeNames);
            const QString &word = pick(random, m_industryWords[industry]);
            const QString &suffix = random.chance(12) ? incorporated : limited;
            m_identifiers.creditCode(random, pick(random, m_districts[size_t(branch)]).constData(), code);
            const QString &area = m_areaCodes[size_t(branch)];
            const qsizetype areaLength = area.size();
            for (qsizetype i = 0; i < areaLength; ++i)
                phone[i] = char(area.at(i).unicode());
            phone[areaLength] = '-';
            putDigits(phone + areaLength + 1, 20000000 + random.below(79999999), 8);
            facts.industry = int(industry);
            c.kind = company;
            c.name = m_cities[size_t(branch)] + trade + word + suffix;
            c.creditCode = QString::fromLatin1(code, 18);
            c.industry = m_industries[industry];
            c.phone = QString::fromLatin1(phone, areaLength + 9);
        }
        c.tier = tiers[tier];
        c.region = m_cities[size_t(branch)];
        c.score = int(random.between(ScoreRanges[tier][0], ScoreRanges[tier][1]));
        facts.status = quint8(random.weighted(StatusWeights, 4));
        c.status = statuses[facts.status];
        if (owner >= 0)
            c.ownerId = m_employeeIds[size_t(owner)];
        c.source = pick(random, m_sources);
        facts.creator = owner < 0 ? -1 : random.chance(75) ? owner : m_owners[random.below(quint32(m_owners.size()))];
        if (facts.creator >= 0)
            c.createdBy = m_employeeIds[size_t(facts.creator)];
        return c;
    };
    // The rows of the customer form and the import, without an audit event each (demo.generate
    // records the whole generation) and with the back-dated owner history of
    // DemoCustomerBookWriter instead of a first owner recorded today.
    customers::CustomerWriter::Options options;
    options.searchEntries = m_searchEntries;
    options.recordFirstOwner = false;
    qint64 reported = 0;
    options.progress = [&](qint64 written) {
        const int added = int(written - reported);
        reported = written;
        return !progress || progress(added);
    };
    customers::CustomerWriter::Outcome outcome;
    if (customers::CustomerWriter::write(ctx, count, source, options, &outcome))
        return true;
    if (outcome.cancelled)
        error->clear();
    else
        *error = tr("Cannot write demo customers: %1").arg(outcome.error);
    return false;
}

} // namespace hrdesk::demo
