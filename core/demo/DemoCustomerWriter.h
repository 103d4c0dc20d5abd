#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <vector>

namespace hrdesk::demo {

class ChineseNameGenerator;
class DemoIdentifiers;
class DemoOrganisation;
class DemoRandom;

// Writes the demo customer book, the bulk of the demo rows, as multi-row INSERT … VALUES
// statements of BatchSize rows with the values as quoted literals, built as UTF-8 without a
// QString per field. Measured on 200,000 rows (docs in the report of hrdesk-bench-demo): a
// prepared one-row INSERT bound through QSqlQuery spent more time in QSqlResult::bindValue and
// QVariant than SQLite spent inserting (~28k rows/s), a prepared INSERT … SELECT FROM
// json_each(?) spent it in SQLite's JSON functions (~33k rows/s); literals ~45k rows/s. Every
// value is generated here, none comes from a person, so literals carry no injection risk.
class DemoCustomerWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::demo::DemoCustomerWriter)

public:
    static constexpr int BatchSize = 500;

    DemoCustomerWriter(DemoRandom &random, DemoIdentifiers &identifiers, const ChineseNameGenerator &names,
                       const DemoOrganisation &org);

    // progress(rowsAdded) returns false to cancel; *error is empty when cancelled.
    bool write(QSqlDatabase db, int count, const QString &now, const std::function<bool(int)> &progress,
               QString *error);

private:
    void appendRow(QByteArray &json, const char *id);

    DemoRandom &m_random;
    DemoIdentifiers &m_identifiers;
    const ChineseNameGenerator &m_names;
    const DemoOrganisation &m_org;
    int m_branchCount = 1;
    std::vector<int> m_owners;                 // employees who may own customers
    std::vector<QByteArray> m_employeeIds;
    std::vector<QByteArray> m_cities;          // per branch
    std::vector<std::vector<QByteArray>> m_districts; // per branch
    std::vector<QByteArray> m_tradeNames;
    std::vector<QByteArray> m_industries;
    std::vector<std::vector<QByteArray>> m_industryWords;
    std::vector<QByteArray> m_sources;
    std::vector<std::array<char, 36>> m_ids;
    QByteArray m_now; // the command's timestamp as an SQL literal
};

} // namespace hrdesk::demo
