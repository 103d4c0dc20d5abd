#include "core/demo/DemoFollowUpWriter.h"

#include "core/demo/DemoCalendar.h"
#include "core/demo/DemoCustomerWriter.h"
#include "core/demo/DemoKey.h"
#include "core/demo/DemoOrganisation.h"
#include "core/demo/DemoRandom.h"
#include "storage/BulkInsert.h"
#include "storage/BulkPipeline.h"
#include "storage/RowBatch.h"

namespace hrdesk::demo {

namespace {

// Demo rows are data, not interface text: Chinese, not translated (see DemoCatalog).
constexpr const char *Channels[] = {"phone", "wechat", "visit", "email", "meeting", "other"};
constexpr int ChannelWeights[] = {35, 30, 15, 10, 7, 3};
constexpr const char *Openers[] = {"电话联系", "微信沟通", "上门拜访", "邮件联系", "约见", "展会上交流，接待"};
constexpr const char *Counterparts[] = {"总经理", "采购经理", "财务总监", "采购专员", "技术负责人", "行政主管",
                                        "副总经理", "项目经理"};
constexpr const char *Topics[] = {
    "确认了下季度采购计划", "介绍了新款产品方案", "讨论了年度框架协议的价格条款", "了解到对方预算已获批",
    "沟通了上批货物的交付问题", "回访了售后服务满意度", "对接了发票与对账事宜", "演示了系统功能",
    "商谈续约条件", "收集了对方对报价的反馈", "确认了样品测试结果", "讨论了付款周期的调整",
};
constexpr const char *Results[] = {
    "客户对报价基本认可", "对方需内部再评估", "客户希望再降价百分之五", "已口头确认合作意向",
    "客户暂无新需求", "对方表示将尽快安排招标", "竞争对手也在接触，需加快进度", "客户满意度较高",
    "需要补充资质文件", "合同细节仍有分歧",
};
constexpr const char *NextSteps[] = {
    "下周发送正式报价单", "安排技术人员上门演示", "跟进合同审批进度", "月底前电话回访",
    "邀请参加新品发布会", "提交样品测试报告", "与财务确认付款计划", "准备年度框架协议草案",
    "约总经理面谈", "整理需求清单发给对方",
};
constexpr int TierShare[] = {12, 7, 4, 2};   // key, A, B, C
constexpr int StatusShare[] = {2, 3, 1, 1}; // prospect, active, dormant, lost
constexpr int HistoryDays = 730;

template<typename T, size_t N>
const char *pick(DemoRandom &random, T (&list)[N])
{
    return list[random.below(quint32(N))];
}

} // namespace

DemoFollowUpWriter::DemoFollowUpWriter(DemoRandom &random, const DemoCalendar &calendar, const DemoOrganisation &org,
                                       const DemoCustomerWriter &customers)
    : m_random(random)
    , m_calendar(calendar)
    , m_customers(customers)
{
    for (const auto &e : org.employees)
        m_employeeIds.push_back(e.id.toLatin1());
}

std::vector<int> DemoFollowUpWriter::shareOut(qint64 total)
{
    const auto &facts = m_customers.facts();
    std::vector<qint64> cumulative(facts.size());
    qint64 sum = 0;
    for (size_t i = 0; i < facts.size(); ++i) {
        sum += qint64(TierShare[facts[i].tier]) * StatusShare[facts[i].status] * (1 + m_random.below(4));
        cumulative[i] = sum;
    }
    // Customer i gets floor(total·C_i/W) − floor(total·C_{i−1}/W): proportional to its weight, and
    // the counts telescope to exactly total. total·W stays far below 2^63 at any sensible size.
    std::vector<int> counts(facts.size());
    qint64 previous = 0;
    for (size_t i = 0; i < facts.size(); ++i) {
        const qint64 upTo = sum > 0 ? total * cumulative[i] / sum : 0;
        counts[i] = int(upTo - previous);
        previous = upTo;
    }
    return counts;
}

bool DemoFollowUpWriter::write(QSqlDatabase db, qint64 total, const QByteArray &now,
                               const std::function<bool(int)> &progress, QString *error)
{
    m_written = 0;
    const auto &facts = m_customers.facts();
    if (total <= 0 || facts.empty())
        return true;
    storage::BulkInsert insert(db, QStringLiteral(
        "INSERT INTO follow_up (id, customer_id, occurred_at, channel, summary, next_step, next_step_due, "
        "by_employee_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.isValid()) {
        *error = tr("Cannot write demo follow-ups: %1").arg(insert.lastError());
        return false;
    }
    const std::vector<int> counts = shareOut(total);
    const std::vector<DemoKey> keys = DemoKey::sorted(m_random, size_t(total));
    const auto &customerKeys = m_customers.keys();

    // The rows are made on a second thread while this one writes them (storage::BulkPipeline);
    // the producer alone uses m_random until the pipeline returns, so the rows stay the same
    // for a seed.
    char id[36];
    char customerId[36];
    char occurred[24];
    QByteArray summary;
    summary.reserve(256);
    size_t next = 0;
    size_t c = 0;
    int n = 0;
    const auto produce = [&](storage::RowBatch &row) {
        while (!row.isFull()) {
            while (c < facts.size() && n >= counts[c]) {
                ++c;
                n = 0;
            }
            if (c == facts.size())
                return false;
            if (n == 0)
                customerKeys[c].format(customerId);
            const int owner = facts[c].owner;
            keys[next++].format(id);
            const int channel = m_random.weighted(ChannelWeights, 6);
            const int day = -int(m_random.below(HistoryDays));
            // Office hours in China (UTC+8), stored in UTC.
            m_calendar.timestamp(day, 1 + int(m_random.below(9)), int(m_random.below(60)), occurred);
            summary.clear();
            summary.append(Openers[channel]).append(pick(m_random, Counterparts)).append("，");
            summary.append(pick(m_random, Topics)).append("，").append(pick(m_random, Results)).append("。");

            row.bindText(1, QByteArrayView(id, 36));
            row.bindText(2, QByteArrayView(customerId, 36));
            row.bindText(3, QByteArrayView(occurred, 24));
            row.bindText(4, Channels[channel]);
            row.bindText(5, summary);
            if (m_random.chance(80)) {
                row.bindText(6, pick(m_random, NextSteps));
                row.bindText(7, m_calendar.day(day + 3 + int(m_random.below(19))));
            }
            if (owner >= 0)
                row.bindText(8, m_employeeIds[size_t(owner)]);
            row.bindText(9, now);
            row.endRow();
            ++n;
        }
        return true;
    };
    storage::BulkPipeline pipeline(insert, 9, DemoCustomerWriter::ProgressStep);
    const bool ok = pipeline.run(produce, progress);
    m_written = pipeline.rowsWritten();
    if (ok)
        return true;
    if (pipeline.cancelled())
        error->clear();
    else
        *error = tr("Cannot write demo follow-ups: %1").arg(pipeline.error());
    return false;
}

} // namespace hrdesk::demo
