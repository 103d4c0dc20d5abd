#include "core/io/Importer.h"

#include "core/common/Ids.h"
#include "core/io/CsvReader.h"
#include "core/io/CustomerImport.h"
#include "core/io/HeaderDictionary.h"
#include "core/io/ImportIntent.h"
#include "core/io/ReadAheadReader.h"
#include "core/io/StaffCheckAhead.h"
#include "core/io/StaffImport.h"
#include "core/io/XlsxReader.h"
#include "core/staff/EmployeeFields.h"
#include "core/workspace/Workspace.h"
#include "storage/RollbackJournalScope.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

#include <optional>
#include <thread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImport, "hrdesk.io.import")

namespace hrdesk::io {

namespace {

constexpr int HeaderSearchRows = 10;
constexpr int RollbackJournalFrom = 2000;
constexpr int ExpectRowsAfter = 1000;
constexpr qsizetype MaxExpectedRows = 5'000'000;

// One command writes every row, its audit event and the search index; with SQLite's default
// page cache the transaction spills pages and reads them back (decrypting each one), and the
// import slows down more than linearly. The cache is sized to the rows for the command only.
class ImportCacheSize
{
public:
    ImportCacheSize(QSqlDatabase db, qint64 rows)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        q.finish();
        const qint64 kib = std::min<qint64>(32 * 1024 + rows * 3, 768 * 1024);
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    }
    ~ImportCacheSize()
    {
        if (m_previous != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    ImportCacheSize(const ImportCacheSize &) = delete;
    ImportCacheSize &operator=(const ImportCacheSize &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};
constexpr int PreviewRows = 20;

int knownHeaders(ImportTarget target, const QStringList &cells)
{
    int known = 0;
    for (const QString &cell : cells) {
        if (!HeaderDictionary::fieldForHeader(target, cell).isEmpty())
            ++known;
    }
    return known;
}

QString formatOf(const TableReader &reader)
{
    if (const auto *ahead = dynamic_cast<const ReadAheadReader *>(&reader))
        return formatOf(ahead->inner());
    if (const auto *csv = dynamic_cast<const CsvReader *>(&reader))
        return TextDecoder::encodingName(csv->encoding());
    return QStringLiteral("XLSX");
}

} // namespace

ImportPreview ImportPlan::preview() const
{
    ImportPreview p;
    p.totalRows = totalRows;
    p.validRows = validRows();
    p.invalidRows = invalidRows;
    p.headers = mapping.headers();
    p.firstRows = firstRows;
    p.departmentsToCreate = departmentsToCreate;
    p.problems = report.problems;
    return p;
}

Importer::Importer(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool Importer::readHeaders(const QString &path, ImportTarget target, ColumnMapping *mapping, int *headerRow,
                           QString *error)
{
    const auto reader = TableReader::forFile(path);
    if (!reader->open(path)) {
        *error = reader->error();
        return false;
    }
    TableRow row;
    TableRow firstNonEmpty;
    for (int read = 0; read < HeaderSearchRows && reader->next(row); ++read) {
        if (row.isBlank())
            continue;
        if (firstNonEmpty.number == 0)
            firstNonEmpty = row;
        if (knownHeaders(target, row.cells) >= 2) {
            *mapping = ColumnMapping::automatic(target, row.cells);
            *headerRow = row.number;
            return true;
        }
    }
    if (!reader->error().isEmpty()) {
        *error = reader->error();
        return false;
    }
    if (firstNonEmpty.number == 0) {
        *error = tr("%1 is empty.").arg(QFileInfo(path).fileName());
        return false;
    }
    // No row looks like headers: offer the first one, for the user to map by hand.
    *mapping = ColumnMapping::automatic(target, firstNonEmpty.cells);
    *headerRow = firstNonEmpty.number;
    return true;
}

ImportPlan Importer::prepare(const QString &path, ImportTarget target, const ColumnMapping *mapping,
                             const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportPlan plan;
    plan.target = target;
    plan.path = path;
    plan.fileName = QFileInfo(path).fileName();
    // A plan that failed (or was cancelled) keeps none of the rows checked so far.
    auto fatal = [&](const QString &message) {
        plan.error = message;
        plan.staff.clear();
        plan.customers.clear();
        plan.report.problems.append({0, QString(), QString(), message});
        return plan;
    };

    ColumnMapping proposed;
    QString error;
    if (!readHeaders(path, target, &proposed, &plan.headerRow, &error))
        return fatal(error);
    plan.mapping = mapping && mapping->headers() == proposed.headers() ? *mapping : proposed;
    if (!plan.mapping.missingRequired().isEmpty())
        return fatal(plan.mapping.missingExplanation());

    // Parsed a few hundred rows ahead, on a second thread, while the rows read so far are checked.
    const auto reader = std::make_unique<ReadAheadReader>(TableReader::forFile(path));
    if (!reader->open(path))
        return fatal(reader->error());
    plan.format = formatOf(*reader);

    QDate today = m_today;
    StaffImport staffRows(m_workspace.db(), plan.mapping, today);
    CustomerImport customerRows(m_workspace.db(), plan.mapping);
    if (!(target == ImportTarget::Staff ? staffRows.load(&error) : customerRows.load(&error)))
        return fatal(tr("Cannot read the database: %1").arg(error));

    // Counts a row and keeps it for the preview; false when the user cancelled.
    auto counted = [&](const TableRow &row, bool valid) {
        ++plan.totalRows;
        if (plan.firstRows.size() < PreviewRows)
            plan.firstRows.append(row.cells);
        if (!valid)
            ++plan.invalidRows;
        // Once the first rows tell how large the file is: room for all of its rows.
        if (plan.totalRows == ExpectRowsAfter && target == ImportTarget::Staff)
            staffRows.expectRows(std::min(MaxExpectedRows, reader->expectedRows() + reader->expectedRows() / 10));
        if (progress && plan.totalRows % 1000 == 0) {
            const double read = std::max(reader->progress(), 1e-6);
            if (!progress(plan.totalRows, qint64(plan.totalRows / read)))
                return false;
        }
        return true;
    };
    if (target == ImportTarget::Staff) {
        // Rows are read, normalised and validated on second threads; here they are settled
        // against the database and each other, in file order.
        StaffCheckAhead ahead(*reader, staffRows, plan.headerRow);
        StaffImport::Precheck pre;
        while (ahead.next(pre)) {
            StaffImportRow checked;
            const bool valid = staffRows.settle(pre, &checked, &plan.report.problems);
            if (valid) {
                // The id is the row's from here on: the intent carries it, so a replay makes the same row.
                checked.employee.id = newId();
                plan.staff.push_back(std::move(checked));
            }
            if (!counted(pre.row, valid))
                return fatal(tr("Reading %1 was cancelled.").arg(plan.fileName));
        }
    } else {
        TableRow row;
        while (reader->next(row)) {
            if (row.number <= plan.headerRow || row.isBlank())
                continue;
            CustomerImportRow checked;
            const bool valid = customerRows.check(row, &checked, &plan.report.problems);
            if (valid) {
                checked.customer.id = newId();
                plan.customers.push_back(std::move(checked));
            }
            if (!counted(row, valid))
                return fatal(tr("Reading %1 was cancelled.").arg(plan.fileName));
        }
    }
    if (!reader->error().isEmpty())
        return fatal(reader->error());
    if (plan.totalRows == 0)
        return fatal(tr("%1 has headers but no rows to import.").arg(plan.fileName));
    if (target == ImportTarget::Staff)
        plan.departmentsToCreate = staffRows.departmentsToCreate();
    if (progress)
        progress(plan.totalRows, plan.totalRows);
    qCInfo(lcImport) << "checked" << plan.totalRows << "rows of" << plan.fileName << "in" << timer.elapsed() << "ms;"
                     << plan.invalidRows << "invalid";
    return plan;
}

Importer::Result Importer::execute(const ImportPlan &plan, const commands::Actor &actor, const Options &options,
                                   const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    if (!plan.ok()) {
        result.error = plan.error;
        return result;
    }
    if (plan.invalidRows > 0 && !options.skipInvalid) {
        result.error = tr("%n row(s) of %1 are invalid, so nothing was imported. Correct them, or choose to skip "
                          "invalid rows.",
                          nullptr, plan.invalidRows)
                           .arg(plan.fileName);
        return result;
    }
    const int valid = plan.validRows();
    if (valid == 0) {
        result.error = tr("%1 has no valid rows; nothing was imported.").arg(plan.fileName);
        return result;
    }

    const bool staffTarget = plan.target == ImportTarget::Staff;
    const ImportCacheSize cache(m_workspace.db(), valid);
    // A large import grows the file by about 2.5 KiB per row: written once through a rollback
    // journal rather than into the WAL and again at the checkpoint (when no other connection has
    // the database open; otherwise it stays in WAL).
    std::optional<storage::RollbackJournalScope> journal;
    if (valid >= RollbackJournalFrom)
        journal.emplace(m_workspace.db());
    StaffImport::Written staffWritten;
    CustomerImport::Written customerWritten;
    // The intent (every row again, for the server) is assembled on a second thread while the
    // rows are written.
    QByteArray rowsIntent;
    std::thread intentBuilder([&] { rowsIntent = ImportIntent::text(plan, options.skipInvalid); });
    auto joinIntent = qScopeGuard([&] {
        if (intentBuilder.joinable())
            intentBuilder.join();
    });
    const QJsonObject placeholder{{QStringLiteral("target"), targetName(plan.target)},
                                  {QStringLiteral("file"), plan.fileName}};
    const auto command = m_workspace.runner().run(
        actor, staffTarget ? QStringLiteral("staff.import") : QStringLiteral("customers.import"), placeholder,
        [&](commands::CommandContext &ctx) {
            QElapsedTimer phase;
            phase.start();
            const bool written = staffTarget ? StaffImport::write(ctx, plan, progress, &staffWritten)
                                             : CustomerImport::write(ctx, plan, progress, &customerWritten);
            if (!written)
                return false;
            const qint64 writeMs = phase.restart();
            intentBuilder.join();
            qCDebug(lcImport) << "rows written in" << writeMs << "ms, then waited" << phase.elapsed()
                              << "ms for the intent";
            ctx.setArgumentsText(ImportIntent::withDepartments(std::move(rowsIntent), staffWritten.departmentIdsCreated,
                                                               staffWritten.departmentsCreated));
            ctx.audit({staffTarget ? QStringLiteral("import.staff") : QStringLiteral("import.customers"),
                       QStringLiteral("import"), ctx.commandId(), QJsonValue(),
                       QJsonObject{{QStringLiteral("file"), plan.fileName},
                                   {QStringLiteral("format"), plan.format},
                                   {QStringLiteral("rows"), valid},
                                   {QStringLiteral("skipped"), plan.invalidRows},
                                   {QStringLiteral("departments_created"),
                                    QJsonArray::fromStringList(staffWritten.departmentsCreated)}}});
            return true;
        });
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.cancelled = staffWritten.cancelled || customerWritten.cancelled;
    if (!command.ok) {
        result.error = command.error;
        return result;
    }
    result.ok = true;
    result.imported = valid;
    result.skipped = plan.invalidRows;
    result.departmentsCreated = staffWritten.departmentsCreated;
    qCInfo(lcImport) << "imported" << valid << "rows of" << plan.fileName << "in" << result.seconds << "s";
    return result;
}

} // namespace hrdesk::io
