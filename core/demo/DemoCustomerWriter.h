#pragma once

#include "core/demo/DemoKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace hrdesk::search {
class SearchEntryBatch;
}

namespace hrdesk::demo {

class ChineseNameGenerator;
class DemoIdentifiers;
class DemoOrganisation;
class DemoRandom;

// Writes the demo customers through one prepared INSERT bound with storage::BulkInsert, in key
// order. History of this writer, measured on 200,000 rows: one-row inserts bound through
// QSqlQuery spent more time in QSqlResult::bindValue and QVariant than SQLite spent inserting
// (~28k rows/s); INSERT … SELECT FROM json_each(?) spent it in SQLite's JSON functions (~33k);
// multi-row quoted literals reached ~45k but meant building SQL text from values, a pattern we
// do not want copied. Binding straight with sqlite3_bind_* costs less than any of them.
//
// Keeps what the rest of the customer book needs to know about each customer (facts()).
class DemoCustomerWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::demo::DemoCustomerWriter)

public:
    static constexpr int ProgressStep = 1024;
    enum Tier : quint8 { Key, A, B, C };
    enum Status : quint8 { Prospect, Active, Dormant, Lost };

    struct Facts
    {
        int owner = -1;   // index into DemoOrganisation::employees, -1 when nobody owns it
        int creator = -1; // likewise
        int branch = 0;   // index into DemoCatalog::branches
        quint8 tier = C;
        quint8 status = Active;
        bool person = false;
        int industry = -1; // index into DemoCatalog::industries, -1 for persons
    };

    DemoCustomerWriter(DemoRandom &random, DemoIdentifiers &identifiers, const ChineseNameGenerator &names,
                       const DemoOrganisation &org);

    // Each written customer is also added to entries, with the fields of customer_search_source
    // (name, phone, and the contacts' mobiles that DemoCustomerBookWriter appends).
    void setSearchEntries(search::SearchEntryBatch *entries) { m_searchEntries = entries; }

    // progress(rowsAdded) returns false to cancel; *error is empty when cancelled.
    bool write(QSqlDatabase db, int count, const QString &now, const std::function<bool(int)> &progress,
               QString *error);

    // Per written customer, in key order.
    const std::vector<DemoKey> &keys() const { return m_keys; }
    const std::vector<Facts> &facts() const { return m_facts; }
    // The name of a person customer (empty for companies).
    const std::vector<QString> &personNames() const { return m_personNames; }

private:
    DemoRandom &m_random;
    DemoIdentifiers &m_identifiers;
    const ChineseNameGenerator &m_names;
    const DemoOrganisation &m_org;
    int m_branchCount = 1;
    std::vector<int> m_owners;                 // employees who may own customers
    std::vector<QByteArray> m_employeeIds;
    std::vector<QByteArray> m_cities;          // per branch
    std::vector<QByteArray> m_areaCodes;       // per branch
    std::vector<std::vector<QByteArray>> m_districts; // per branch
    std::vector<QByteArray> m_tradeNames;
    std::vector<QByteArray> m_industries;
    std::vector<std::vector<QByteArray>> m_industryWords;
    std::vector<QByteArray> m_sources;
    std::vector<DemoKey> m_keys;
    std::vector<Facts> m_facts;
    std::vector<QString> m_personNames;
    search::SearchEntryBatch *m_searchEntries = nullptr;
};

} // namespace hrdesk::demo
