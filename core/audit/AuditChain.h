#pragma once

#include "core/audit/AuditEvent.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace hrdesk::audit {

// The hash chain over audit events: hash = SHA-256(canonical(event) with prev_hash).
// The canonical form is compact JSON with sorted keys, so any implementation that can write
// JSON can check the chain.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::audit::AuditChain)

public:
    static QString genesisHash();
    static QByteArray canonical(const AuditEvent &event);
    static QString computeHash(const AuditEvent &event);
    static QString canonicalJson(const QJsonValue &value);

    // Appends inside the caller's transaction: fills prevHash, hash and seq.
    static bool append(QSqlDatabase db, AuditEvent &event, QString *error);
    // Appends events in order inside the caller's transaction through one prepared statement,
    // carrying the previous hash in memory (a command with one event per imported row writes
    // 100,000 of them); fills prevHash and hash, not seq.
    static bool appendAll(QSqlDatabase db, std::vector<AuditEvent> &events, QString *error);

    struct Verification
    {
        bool ok = true;
        qint64 events = 0;
        qint64 firstBadSeq = 0;
        QString problem;
    };
    static Verification verify(QSqlDatabase db);
    static AuditEvent fromCurrentRow(const class QSqlQuery &query);
};

} // namespace hrdesk::audit
