#pragma once

#include "core/commands/Actor.h"
#include "core/records/RecordState.h"
#include "core/staff/StaffResult.h"
#include "core/staff/StoredDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::staff {

// Contract and archive files stored inside the (encrypted) database, so nothing readable is ever
// written beside it. Audit events (document.attach, document.remove) carry the metadata and the
// SHA-256, never the bytes.
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::staff::DocumentStore)

public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024; // 20,971,520

    explicit DocumentStore(Workspace &workspace);

    static QStringList ownerTypes();
    // The translated label of a category the desk files documents under ("contract" for
    // contracts, "archive" for the employee's archive); one it does not know is shown as stored.
    static QString categoryLabel(const QString &category);

    // Stores bytes as fileName for the owner; the MIME type is detected from the content and the
    // name. Refuses empty files and files above MaxBytes (naming the file and its size).
    StaffResult attach(const commands::Actor &actor, const QString &ownerType, const QString &ownerId,
                       const QString &fileName, const QByteArray &bytes, const QString &category);
    // Soft delete: the document disappears from lists; its row stays as a tombstone.
    StaffResult remove(const commands::Actor &actor, const QString &documentId);

    std::optional<StoredDocument> find(const QString &documentId) const;
    // The bytes of a live document, or nullopt. For showing inside the desk.
    std::optional<QByteArray> content(const QString &documentId) const;
    // Records a copy of a live document written outside the database ("Save as…"), which is no
    // longer encrypted, as a document.export audit event (file, size, SHA-256). Call it once the
    // copy is written but before it is committed to its name, so that a refusal can drop it.
    // False, with *error set, when the document is gone or the event cannot be written.
    bool recordCopy(const commands::Actor &actor, const QString &documentId, QString *error);
    // Live documents of the owner (or the archived ones), newest first.
    QList<StoredDocument> listFor(const QString &ownerType, const QString &ownerId,
                                  records::RecordState state = records::RecordState::Live) const;

private:
    bool ownerExists(const QString &ownerType, const QString &ownerId) const;

    Workspace &m_workspace;
};

} // namespace hrdesk::staff
