#include "cli/commands/CheckCommand.h"

#include "cli/Console.h"
#include "cli/WorkspaceAccess.h"
#include "core/audit/AuditChain.h"
#include "storage/Migrator.h"

#include <QSqlQuery>

namespace hrdesk::cli {

QString CheckCommand::summary() const
{
    return tr("Checks a database: SQLite integrity, SQLCipher page integrity, the audit hash chain and its "
              "append-only triggers, and the schema version. Exits with 0 only when everything is in order.");
}

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    WorkspaceAccess access(store());
    access.addOptions(parser);
    if (const int code = parse(parser, arguments, QStringLiteral("hrdesk-admin check --db PATH")); code >= 0)
        return code;
    QString path;
    if (!access.databasePath(parser, &path))
        return UsageError;
    std::unique_ptr<Workspace> workspace = access.open(parser, path, true);
    if (!workspace)
        return Failure;

    bool allOk = true;
    auto line = [&](bool ok, const QString &what, const QString &detail) {
        allOk = allOk && ok;
        Console::out() << (ok ? tr("[ ok ]") : tr("[FAIL]")) << u' ' << what << QStringLiteral(": ") << detail
                       << Qt::endl;
    };
    Console::out() << tr("Database: %1").arg(path) << Qt::endl
                   << tr("SQLCipher: %1").arg(workspace->database().cipherVersion()) << Qt::endl;

    const int schema = workspace->schemaVersion();
    const int latest = storage::Migrator().latestVersion();
    line(schema == latest, tr("Schema version"),
         schema == latest ? tr("%1 (current)").arg(schema) : tr("%1, this program expects %2").arg(schema).arg(latest));

    QStringList problems;
    const bool intact = workspace->database().checkIntegrity(&problems);
    line(intact, tr("Integrity (integrity_check, cipher_integrity_check)"),
         intact ? tr("no problems") : problems.join(QStringLiteral("; ")));

    QSqlQuery triggers(workspace->db());
    int found = 0;
    if (triggers.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                     "('audit_event_append_only_update', 'audit_event_append_only_delete')"))
        && triggers.next())
        found = triggers.value(0).toInt();
    triggers.finish();
    line(found == 2, tr("Audit log append-only triggers"),
         found == 2 ? tr("present") : tr("%1 of 2 present: the audit log could have been edited").arg(found));

    const audit::AuditChain::Verification chain = audit::AuditChain::verify(workspace->db());
    line(chain.ok, tr("Audit chain"),
         chain.ok ? tr("%1 events, every hash matches").arg(chain.events)
                  : tr("broken at event %1 of %2: %3").arg(chain.firstBadSeq).arg(chain.events).arg(chain.problem));

    Console::out() << (allOk ? tr("Result: all checks passed.") : tr("Result: PROBLEMS FOUND.")) << Qt::endl;
    return allOk ? Success : Failure;
}

} // namespace hrdesk::cli
