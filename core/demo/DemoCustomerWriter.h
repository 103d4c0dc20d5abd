#pragma once

#include "core/demo/DemoKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace hrdesk::commands {
class CommandContext;
}

namespace hrdesk::search {
class SearchEntryBatch;
}

namespace hrdesk::demo {

class ChineseNameGenerator;
class DemoIdentifiers;
class DemoOrganisation;
class DemoRandom;

// Generates the demo customers, in key order, and writes them through customers::CustomerWriter,
// the writer of the customer form and the import (it binds them straight with sqlite3_bind_* on
// a pipeline: one-row QSqlQuery inserts reached ~28k rows/s on 200,000 rows).
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

    // Writes count customers through customers::CustomerWriter inside ctx. progress(rowsAdded)
    // returns false to cancel; *error is empty when cancelled.
    bool write(commands::CommandContext &ctx, int count, const std::function<bool(int)> &progress, QString *error);

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
    std::vector<QString> m_employeeIds;
    std::vector<QString> m_cities;             // per branch
    std::vector<QString> m_areaCodes;          // per branch
    std::vector<std::vector<QByteArray>> m_districts; // per branch, Latin-1 digits
    std::vector<QString> m_tradeNames;
    std::vector<QString> m_industries;
    std::vector<std::vector<QString>> m_industryWords;
    std::vector<QString> m_sources;
    std::vector<DemoKey> m_keys;
    std::vector<Facts> m_facts;
    std::vector<QString> m_personNames;
    search::SearchEntryBatch *m_searchEntries = nullptr;
};

} // namespace hrdesk::demo
