#pragma once

#include "core/commands/Actor.h"
#include "core/io/ImportPlan.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::io {

// Imports staff or customers from CSV or XLSX in two steps: prepare() reads and checks every row
// and writes nothing (the wizard's preview, the CLI's --dry-run); execute() writes the plan in ONE
// command: all valid rows, or nothing when a row is invalid unless skipInvalid is chosen. Each
// imported row is an audit event (employee.import / customer.import) and the file one more
// (import.staff / import.customers); the outbox entry carries the rows as the intent.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::Importer)

public:
    // Rows done and total; returning false cancels (execute() then rolls everything back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Options
    {
        bool skipInvalid = false;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        int imported = 0;
        int skipped = 0;
        QStringList departmentsCreated;
        double seconds = 0;
    };

    explicit Importer(Workspace &workspace);

    // Finds the header row (the first of the first ten rows naming at least two known columns)
    // and proposes a mapping for it.
    bool readHeaders(const QString &path, ImportTarget target, ColumnMapping *mapping, int *headerRow, QString *error);

    // Reads and checks the whole file. mapping: the wizard's choice; automatic when null. The
    // plan says what would be imported; nothing is written. progress counts rows read (the total
    // is an estimate from the bytes read until the end).
    ImportPlan prepare(const QString &path, ImportTarget target, const ColumnMapping *mapping = nullptr,
                       const Progress &progress = {});

    Result execute(const ImportPlan &plan, const commands::Actor &actor, const Options &options,
                   const Progress &progress = {});

    // today bounds dates (birth dates in the future); tests fix it.
    void setToday(QDate today) { m_today = today; }

private:
    Workspace &m_workspace;
    QDate m_today = QDate::currentDate();
};

} // namespace hrdesk::io
