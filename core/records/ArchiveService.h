#pragma once

#include "core/commands/Actor.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::commands {
class CommandContext;
}

namespace hrdesk::records {

// The record types that are archived instead of deleted.
enum class ArchiveKind { Employee, Customer, Contact, FollowUp, Document };

struct ArchiveResult
{
    bool ok = false;
    QString id;
    qint64 version = 0; // the row's version after the command
    QString commandId;
    QString error;

    explicit operator bool() const { return ok; }
};

// A row as the archive dialog shows it: what it is called, the version the user starts from,
// and whether it is archived (archivedAt is its deleted_at).
struct ArchivableRecord
{
    QString id;
    QString label; // the name, a follow-up's summary or a file name
    qint64 version = 0;
    QString archivedAt;

    bool isArchived() const { return !archivedAt.isEmpty(); }
};

// Archive (soft delete) and restore of employees, customers, contacts, follow-ups and documents:
// one command each, which sets or clears the row's deleted_at tombstone, bumps its version and
// writes the outbox intent and an audit event (<type>.archive with the reason, <type>.restore).
// Archived rows leave the lists and the search index (schema 6 triggers) and keep everything
// else; nothing is archived implicitly with them (docs/decisions/0014-archive-and-restore.md).
//
// Refused, with nothing written:
//   - archive without a reason, or of a row already archived;
//   - archive of an employee who still owns live customers (their owner changes first);
//   - restore that would break a unique key now held by a live row (an employee's ID number or
//     number, a customer's credit code);
//   - restore of a record whose parent is archived (a contact or follow-up of an archived
//     customer, a document of an archived employee or customer, a customer of an archived owner);
//   - either when the row's version is not expectedVersion (someone changed it meanwhile).
class ArchiveService
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::records::ArchiveService)

public:
    static constexpr int MaxReasonLength = 500;

    explicit ArchiveService(Workspace &workspace);

    ArchiveResult archive(const commands::Actor &actor, ArchiveKind kind, const QString &id, const QString &reason,
                          qint64 expectedVersion);
    ArchiveResult restore(const commands::Actor &actor, ArchiveKind kind, const QString &id, qint64 expectedVersion);

    // The row, live or archived; nullopt when there is none.
    std::optional<ArchivableRecord> find(ArchiveKind kind, const QString &id) const;

    // The entity type of audit events and base versions ("customer_contact" for a contact).
    static QString entityType(ArchiveKind kind);
    // "employee.archive", "contact.restore", …
    static QString action(ArchiveKind kind, bool restore);

private:
    // Why the row cannot be archived / restored now, read inside the command; empty if it can.
    static QString archiveRefusal(commands::CommandContext &ctx, ArchiveKind kind, const ArchivableRecord &row);
    static QString restoreRefusal(commands::CommandContext &ctx, ArchiveKind kind, const ArchivableRecord &row);
    ArchiveResult run(const commands::Actor &actor, ArchiveKind kind, const QString &id, const QString &reason,
                      qint64 expectedVersion, bool restore);

    Workspace &m_workspace;
};

} // namespace hrdesk::records
