#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace hrdesk::search {
class SearchEntryBatch;
}

namespace hrdesk::storage {
class BulkInsert;
class RowBatch;
}

namespace hrdesk::demo {

class ChineseNameGenerator;
class DemoCalendar;
class DemoCustomerWriter;
class DemoOrganisation;
class DemoRandom;

// The rest of the demo customer book around the customers DemoCustomerWriter wrote: contacts
// (1–3 per company, the person themselves for private customers), deals (a few per key and A
// customer), sales contracts (for some customers, numbered HT<year>-<000001>), and one initial
// customer_owner_change per customer (reason "created", the handover's starting point).
// Each table is written in customer key order with sorted keys, so every index grows at its end.
class DemoCustomerBookWriter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::demo::DemoCustomerBookWriter)

public:
    struct Written
    {
        int contacts = 0;
        int deals = 0;
        int salesContracts = 0;
        int ownerChanges = 0;
    };
    struct Command
    {
        QByteArray now;       // updated_at and the owner changes' command
        QByteArray commandId;
        QByteArray changedBy; // the command's actor
    };

    DemoCustomerBookWriter(DemoRandom &random, const DemoCalendar &calendar, const ChineseNameGenerator &names,
                           const DemoOrganisation &org, const DemoCustomerWriter &customers);

    // Each contact's mobile is appended to its customer's search entry (the third field), in the
    // order customer_search_source's group_concat reads them.
    void setSearchEntries(search::SearchEntryBatch *entries) { m_searchEntries = entries; }

    // progress(rowsAdded) returns false to cancel; *error is empty when cancelled.
    bool writeContacts(QSqlDatabase db, const Command &command, const std::function<bool(int)> &progress,
                       QString *error);
    bool writeDeals(QSqlDatabase db, const Command &command, const std::function<bool(int)> &progress,
                    QString *error);
    bool writeSalesContracts(QSqlDatabase db, const Command &command, const std::function<bool(int)> &progress,
                             QString *error);
    bool writeOwnerChanges(QSqlDatabase db, const Command &command, const std::function<bool(int)> &progress,
                           QString *error);
    const Written &written() const { return m_written; }

private:
    // counts[c] rows for customer c, in customer order, under keys drawn sorted so that every
    // index grows at its end. A second thread makes the rows (storage::BulkPipeline): it binds
    // the key (1) and the customer (2) and lets bindRow(row, c, n) bind the rest, while this
    // thread writes them. Counts into *written and reports progress. failure has a %1 for
    // SQLite's error. bindRow runs on the second thread, one row at a time.
    bool writeRows(storage::BulkInsert &insert, int columns, const std::vector<quint8> &counts,
                   const QString &failure, const std::function<void(storage::RowBatch &, size_t, int)> &bindRow,
                   int *written, const std::function<bool(int)> &progress, QString *error);

    DemoRandom &m_random;
    const DemoCalendar &m_calendar;
    const ChineseNameGenerator &m_names;
    const DemoCustomerWriter &m_customers;
    std::vector<QByteArray> m_employeeIds;
    Written m_written;
    search::SearchEntryBatch *m_searchEntries = nullptr;
};

} // namespace hrdesk::demo
