#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::commands {
class CommandContext;
}

namespace hrdesk::search {
class SearchEntryBatch;
}

namespace hrdesk::demo {

class ChineseNameGenerator;
class DemoCustomerWriter;
class DemoIdentifiers;
class DemoOrganisation;
class DemoRandom;

// Fills an empty workspace with a realistic company: department tree, staff with valid ID
// numbers, customers with valid credit codes and their book (contacts, follow-ups, deals, sales
// contracts, initial owner history), and four demo logins (clerk, manager, admin,
// auditor; password "demo-password"). One command, one outbox entry and one audit event: seeding
// is a single intent, and a cancelled or failed run leaves nothing behind.
// The same seed gives the same rows (identifiers included); only timestamps and password salts differ.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::demo::DemoDataGenerator)

public:
    struct Options
    {
        int employees = 200;
        int customers = 2000;
        quint64 seed = 1;
        // Follow-up records in all, shared out over the customers; -1: five per customer.
        qint64 followUps = -1;
        // Called now and then with rows written so far; returning false cancels (rolls back).
        std::function<bool(qint64 done, qint64 total)> progress;
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // translated
        int departments = 0;
        int employees = 0;
        int customers = 0;
        int users = 0;
        int contacts = 0;
        qint64 followUps = 0;
        int deals = 0;
        int salesContracts = 0;
        int ownerChanges = 0;
        double seconds = 0;
        qint64 rows() const
        {
            return qint64(departments) + employees + customers + users + contacts + followUps + deals + salesContracts
                + ownerChanges;
        }
    };

    static QString demoPassword() { return QStringLiteral("demo-password"); }

    explicit DemoDataGenerator(Workspace &workspace);

    Result generate(const Options &options);

private:
    bool writeDepartments(commands::CommandContext &ctx, const DemoOrganisation &org);
    bool writeEmployees(commands::CommandContext &ctx, const DemoOrganisation &org);
    bool writeUsers(commands::CommandContext &ctx, const DemoOrganisation &org);
    bool writeCustomers(commands::CommandContext &ctx, DemoCustomerWriter &writer);
    bool writeCustomerBook(commands::CommandContext &ctx, const DemoOrganisation &org, const DemoCustomerWriter &customers,
                           search::SearchEntryBatch &searchEntries);
    bool reportProgress(qint64 added);
    bool cancel(commands::CommandContext &ctx);

    Workspace &m_workspace;
    const Options *m_options = nullptr;
    DemoRandom *m_random = nullptr;
    DemoIdentifiers *m_identifiers = nullptr;
    const ChineseNameGenerator *m_names = nullptr;
    Result m_result;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_nextReport = 0;
    qint64 m_followUps = 0;
};

} // namespace hrdesk::demo
