#include "core/demo/DemoCustomerBookWriter.h"

#include "core/demo/ChineseNameGenerator.h"
#include "core/demo/DemoCalendar.h"
#include "core/demo/DemoCustomerWriter.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoKey.h"
#include "core/demo/DemoOrganisation.h"
#include "core/demo/DemoRandom.h"
#include "storage/BulkInsert.h"
#include "storage/BulkPipeline.h"
#include "storage/RowBatch.h"
#include "storage/search/SearchEntryBatch.h"

#include <cstdio>
#include <map>

namespace hrdesk::demo {

namespace {

using Tier = DemoCustomerWriter::Tier;
using Status = DemoCustomerWriter::Status;

// Demo rows are data, not interface text: Chinese, not translated (see DemoCatalog).
constexpr const char *ContactTitles[] = {"总经理", "采购经理", "财务总监", "采购专员", "技术总监",
                                         "行政主管", "副总经理", "项目经理", "董事长", "法务经理"};
constexpr int ContactTitleWeights[] = {14, 24, 10, 18, 8, 8, 6, 8, 2, 2};
constexpr const char *MailDomains[] = {"163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com"};
constexpr const char *Products[] = {"办公设备采购", "年度框架协议", "软件许可续费", "设备维保服务", "原材料供应",
                                    "物流外包服务", "系统集成", "员工福利采购", "展厅装修工程", "数据服务"};
constexpr const char *Stages[] = {"lead", "qualified", "proposal", "negotiation", "won", "lost"};
constexpr int StageWeights[] = {15, 20, 20, 15, 20, 10};
// Amounts in yuan by tier (key, A, B, C); stored in fen.
constexpr qint64 AmountRanges[][2] = {{500000, 5000000}, {100000, 1000000}, {20000, 200000}, {5000, 50000}};
constexpr int ContractChance[] = {85, 60, 25, 8}; // per tier, halved for dormant and lost customers

qint64 amountFen(DemoRandom &random, int tier)
{
    const qint64 low = AmountRanges[tier][0];
    const qint64 high = AmountRanges[tier][1];
    const qint64 yuan = low + qint64(random.below(quint32(high - low)));
    return (yuan / 100) * 100 * 100; // whole hundreds of yuan, in fen
}

void randomText(DemoRandom &random, const char *alphabet, int alphabetSize, int length, QByteArray &out)
{
    for (int i = 0; i < length; ++i)
        out.append(alphabet[random.below(quint32(alphabetSize))]);
}

} // namespace

DemoCustomerBookWriter::DemoCustomerBookWriter(DemoRandom &random, const DemoCalendar &calendar,
                                               const ChineseNameGenerator &names, const DemoOrganisation &org,
                                               const DemoCustomerWriter &customers)
    : m_random(random)
    , m_calendar(calendar)
    , m_names(names)
    , m_customers(customers)
{
    for (const auto &e : org.employees)
        m_employeeIds.push_back(e.id.toLatin1());
}

bool DemoCustomerBookWriter::writeRows(storage::BulkInsert &insert, int columns, const std::vector<quint8> &counts,
                                       const QString &failure,
                                       const std::function<void(storage::RowBatch &, size_t, int)> &bindRow,
                                       int *written, const std::function<bool(int)> &progress, QString *error)
{
    size_t total = 0;
    for (const quint8 count : counts)
        total += count;
    const std::vector<DemoKey> keys = DemoKey::sorted(m_random, total);
    char id[36];
    char customerId[36];
    size_t next = 0;
    size_t c = 0;
    int n = 0;
    const auto produce = [&](storage::RowBatch &row) {
        while (!row.isFull()) {
            while (c < counts.size() && n >= counts[c]) {
                ++c;
                n = 0;
            }
            if (c == counts.size())
                return false;
            if (n == 0)
                m_customers.keys()[c].format(customerId);
            keys[next++].format(id);
            row.bindText(1, QByteArrayView(id, 36));
            row.bindText(2, QByteArrayView(customerId, 36));
            bindRow(row, c, n);
            row.endRow();
            ++n;
        }
        return true;
    };
    storage::BulkPipeline pipeline(insert, columns, DemoCustomerWriter::ProgressStep);
    const bool ok = pipeline.run(produce, progress);
    *written += int(pipeline.rowsWritten());
    if (ok)
        return true;
    if (pipeline.cancelled())
        error->clear();
    else
        *error = failure.arg(pipeline.error());
    return false;
}

bool DemoCustomerBookWriter::writeContacts(QSqlDatabase db, const Command &command,
                                           const std::function<bool(int)> &progress, QString *error)
{
    const auto &facts = m_customers.facts();
    storage::BulkInsert insert(db, QStringLiteral("INSERT INTO customer_contact (id, customer_id, name, title, mobile, "
                                                  "wechat, email, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    std::vector<quint8> counts(facts.size());
    for (size_t c = 0; c < facts.size(); ++c)
        counts[c] = quint8(facts[c].person ? 1 : 1 + m_random.below(3));
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray wechat;
    QByteArray email;
    const auto bindRow = [&](storage::RowBatch &row, size_t c, int) {
        const QString &personName = m_customers.personNames()[c];
        const QString name = facts[c].person ? personName : m_names.name(m_random, m_random.chance(55));
        const QString mobile = DemoIdentifiers::mobile(m_random);
        row.bindText(3, QStringView(name));
        if (!facts[c].person)
            row.bindText(4, ContactTitles[m_random.weighted(ContactTitleWeights, 10)]);
        row.bindText(5, QStringView(mobile));
        if (m_searchEntries)
            m_searchEntries->appendToField(c, 2, mobile);
        // Many people use their mobile number as WeChat ID; others a generated wxid_.
        const quint32 wechatKind = m_random.below(100);
        if (wechatKind < 25) {
            row.bindText(6, QStringView(mobile));
        } else if (wechatKind < 80) {
            wechat = "wxid_";
            randomText(m_random, lower, 36, 10, wechat);
            row.bindText(6, wechat);
        }
        const quint32 mailKind = m_random.below(100);
        if (mailKind < 30) { // a QQ number
            email.clear();
            randomText(m_random, "0123456789", 10, 1, email);
            if (email.front() == '0')
                email.front() = '8';
            randomText(m_random, "0123456789", 10, 7 + int(m_random.below(3)), email);
            email.append("@qq.com");
            row.bindText(7, email);
        } else if (mailKind < 65) {
            email.clear();
            randomText(m_random, lower, 26, 4 + int(m_random.below(5)), email);
            randomText(m_random, "0123456789", 10, int(m_random.below(4)), email);
            email.append('@').append(MailDomains[m_random.below(5)]);
            row.bindText(7, email);
        }
        row.bindText(8, command.now);
    };
    return writeRows(insert, 8, counts, tr("Cannot write demo contacts: %1"), bindRow, &m_written.contacts, progress,
                     error);
}

bool DemoCustomerBookWriter::writeDeals(QSqlDatabase db, const Command &command,
                                        const std::function<bool(int)> &progress, QString *error)
{
    const auto &facts = m_customers.facts();
    storage::BulkInsert insert(db, QStringLiteral("INSERT INTO deal (id, customer_id, title, stage, amount_fen, "
                                                  "expected_close, owner_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    std::vector<quint8> counts(facts.size());
    for (size_t c = 0; c < facts.size(); ++c) {
        switch (facts[c].tier) {
        case Tier::Key: counts[c] = quint8(2 + m_random.below(3)); break;
        case Tier::A: counts[c] = quint8(1 + m_random.below(3)); break;
        case Tier::B: counts[c] = m_random.chance(30) ? 1 : 0; break;
        default: counts[c] = 0; break;
        }
    }
    QByteArray title;
    const auto bindRow = [&](storage::RowBatch &row, size_t c, int) {
        const int stage = m_random.weighted(StageWeights, 6);
        const bool closed = stage >= 4;
        const int close = closed ? -10 - int(m_random.below(690)) : 15 + int(m_random.below(165));
        title = QByteArray::number(m_calendar.year(close)) + "年" + Products[m_random.below(10)];
        row.bindText(3, title);
        row.bindText(4, Stages[stage]);
        row.bind(5, amountFen(m_random, facts[c].tier));
        row.bindText(6, m_calendar.day(close));
        if (facts[c].owner >= 0)
            row.bindText(7, m_employeeIds[size_t(facts[c].owner)]);
        row.bindText(8, command.now);
    };
    return writeRows(insert, 8, counts, tr("Cannot write demo deals: %1"), bindRow, &m_written.deals, progress, error);
}

bool DemoCustomerBookWriter::writeSalesContracts(QSqlDatabase db, const Command &command,
                                                 const std::function<bool(int)> &progress, QString *error)
{
    const auto &facts = m_customers.facts();
    storage::BulkInsert insert(db, QStringLiteral(
        "INSERT INTO sales_contract (id, customer_id, contract_no, amount_fen, signed_on, start_date, end_date, "
        "owner_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    std::vector<quint8> counts(facts.size());
    for (size_t c = 0; c < facts.size(); ++c) {
        int chance = facts[c].status == Status::Prospect ? 0 : ContractChance[facts[c].tier];
        if (facts[c].status == Status::Dormant || facts[c].status == Status::Lost)
            chance /= 2;
        counts[c] = m_random.chance(chance) ? quint8(1 + m_random.below(facts[c].tier == Tier::Key ? 3 : 2)) : 0;
    }
    std::map<int, int> numbers; // last number used per year: contract numbers are unique
    char number[32];
    const auto bindRow = [&](storage::RowBatch &row, size_t c, int) {
        const int signedOn = -int(m_random.below(1000));
        const int start = signedOn + int(m_random.below(15));
        const int years = m_random.chance(30) ? 2 : 1;
        const int year = m_calendar.year(signedOn);
        const int sequence = ++numbers[year];
        const int length = std::snprintf(number, sizeof number, "HT%04d-%06d", year, sequence);
        row.bindText(3, QByteArrayView(number, length));
        row.bind(4, amountFen(m_random, facts[c].tier));
        row.bindText(5, m_calendar.day(signedOn));
        row.bindText(6, m_calendar.day(start));
        row.bindText(7, m_calendar.day(start + 365 * years - 1));
        if (facts[c].owner >= 0)
            row.bindText(8, m_employeeIds[size_t(facts[c].owner)]);
        row.bindText(9, command.now);
    };
    return writeRows(insert, 9, counts, tr("Cannot write demo sales contracts: %1"), bindRow, &m_written.salesContracts,
                     progress, error);
}

bool DemoCustomerBookWriter::writeOwnerChanges(QSqlDatabase db, const Command &command,
                                               const std::function<bool(int)> &progress, QString *error)
{
    const auto &facts = m_customers.facts();
    storage::BulkInsert insert(db, QStringLiteral(
        "INSERT INTO customer_owner_change (id, customer_id, from_owner_id, to_owner_id, changed_at, changed_by, "
        "reason, command_id, updated_at) VALUES (?, ?, NULL, ?, ?, ?, 'created', ?, ?)"));
    const std::vector<quint8> counts(facts.size(), 1);
    char changedAt[24];
    const auto bindRow = [&](storage::RowBatch &row, size_t c, int) {
        // Before the follow-ups, which cover the last two years.
        m_calendar.timestamp(-731 - int(m_random.below(1100)), 1 + int(m_random.below(9)), int(m_random.below(60)),
                             changedAt);
        if (facts[c].owner >= 0)
            row.bindText(3, m_employeeIds[size_t(facts[c].owner)]);
        row.bindText(4, QByteArrayView(changedAt, 24));
        row.bindText(5, command.changedBy);
        row.bindText(6, command.commandId);
        row.bindText(7, command.now);
    };
    return writeRows(insert, 7, counts, tr("Cannot write the demo owner history: %1"), bindRow, &m_written.ownerChanges,
                     progress, error);
}

} // namespace hrdesk::demo
