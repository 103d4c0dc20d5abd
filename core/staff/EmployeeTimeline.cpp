#include "core/staff/EmployeeTimeline.h"

#include "core/staff/ContractService.h"
#include "core/staff/DocumentStore.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/StaffSql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::staff {

namespace {

QJsonObject parse(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

QString text(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

QString detailFor(const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    const QString effective = text(after, QStringLiteral("effective_date"));
    // An imported employee's file starts with the import: on the timeline that is the hire.
    if (action == QLatin1String("employee.hire") || action == QLatin1String("employee.import"))
        return EmployeeTimeline::tr("%1, %2, hired on %3")
            .arg(orDash(text(after, QStringLiteral("department_path"))), orDash(text(after, QStringLiteral("position"))),
                 orDash(text(after, QStringLiteral("hire_date"))));
    if (action == QLatin1String("employee.update")) {
        QStringList labels;
        for (auto it = after.begin(); it != after.end(); ++it)
            labels << EmployeeFields::label(it.key());
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!after.contains(it.key()))
                labels << EmployeeFields::label(it.key());
        }
        return EmployeeTimeline::tr("Changed: %1").arg(labels.join(EmployeeTimeline::tr(", ")));
    }
    if (action == QLatin1String("employee.transfer")) {
        QString detail = EmployeeTimeline::tr("%1 → %2, effective %3")
                             .arg(orDash(text(before, QStringLiteral("department_path"))),
                                  orDash(text(after, QStringLiteral("department_path"))), orDash(effective));
        if (after.contains(QStringLiteral("position")))
            detail += EmployeeTimeline::tr("; position %1 → %2")
                          .arg(orDash(text(before, QStringLiteral("position"))), orDash(text(after, QStringLiteral("position"))));
        return detail;
    }
    if (action == QLatin1String("employee.promotion"))
        return EmployeeTimeline::tr("%1 → %2, effective %3")
            .arg(orDash(text(before, QStringLiteral("position"))), orDash(text(after, QStringLiteral("position"))),
                 orDash(effective));
    if (action == QLatin1String("employee.archive"))
        return text(after, QStringLiteral("reason"));
    if (action == QLatin1String("employee.restore"))
        return QString();
    if (action.startsWith(QLatin1String("employee."))) {
        const QString date = text(after, QStringLiteral("status_changed_at"));
        const QString note = text(after, QStringLiteral("note"));
        return note.isEmpty() ? EmployeeTimeline::tr("Effective %1").arg(orDash(date)) : EmployeeTimeline::tr("Effective %1: %2").arg(orDash(date), note);
    }
    if (action == QLatin1String("labour_contract.create") || action == QLatin1String("labour_contract.renew")) {
        const QString end = text(after, QStringLiteral("end_date"));
        const QString period = EmployeeTimeline::tr("%1, %2 to %3")
                                   .arg(ContractService::typeLabel(text(after, QStringLiteral("type"))),
                                        orDash(text(after, QStringLiteral("start_date"))),
                                        end.isEmpty() ? EmployeeTimeline::tr("no end date") : end);
        if (action == QLatin1String("labour_contract.renew"))
            return EmployeeTimeline::tr("Renewal %1: %2").arg(after.value(QStringLiteral("renewal_count")).toInt()).arg(period);
        return period;
    }
    if (action == QLatin1String("labour_contract.end"))
        return EmployeeTimeline::tr("Ends on %1 instead of %2: %3")
            .arg(orDash(text(after, QStringLiteral("end_date"))), orDash(text(before, QStringLiteral("end_date"))),
                 text(after, QStringLiteral("end_reason")));
    if (action == QLatin1String("labour_contract.correct")) {
        QStringList changes;
        const QHash<QString, QString> labels{{QStringLiteral("contract_no"), EmployeeTimeline::tr("number")},
                                             {QStringLiteral("type"), EmployeeTimeline::tr("type")},
                                             {QStringLiteral("start_date"), EmployeeTimeline::tr("start")},
                                             {QStringLiteral("end_date"), EmployeeTimeline::tr("end")},
                                             {QStringLiteral("signed_on"), EmployeeTimeline::tr("signing date")}};
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (!after.contains(it.key()))
                continue;
            QString from = text(before, it.key());
            QString to = text(after, it.key());
            if (it.key() == QLatin1String("type")) {
                from = ContractService::typeLabel(from);
                to = ContractService::typeLabel(to);
            }
            changes << EmployeeTimeline::tr("%1 %2 → %3").arg(it.value(), orDash(from), orDash(to));
        }
        changes.sort();
        return EmployeeTimeline::tr("%1 (reason: %2)")
            .arg(changes.join(EmployeeTimeline::tr(", ")), text(after, QStringLiteral("reason")));
    }
    if (action.startsWith(QLatin1String("document."))) {
        const QJsonObject &meta = action == QLatin1String("document.remove") ? before : after;
        return EmployeeTimeline::tr("%1 (%2)").arg(text(meta, QStringLiteral("file_name")),
                                                    DocumentStore::categoryLabel(text(meta, QStringLiteral("category"))));
    }
    return QString();
}

} // namespace

EmployeeTimeline::EmployeeTimeline(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString EmployeeTimeline::title(const QString &action)
{
    if (action == QLatin1String("employee.hire") || action == QLatin1String("employee.import"))
        return tr("Hired");
    if (action == QLatin1String("employee.update"))
        return tr("File updated");
    if (action == QLatin1String("employee.probation_start"))
        return tr("Probation started");
    if (action == QLatin1String("employee.probation_passed"))
        return tr("Probation passed");
    if (action == QLatin1String("employee.transfer"))
        return tr("Transferred");
    if (action == QLatin1String("employee.promotion"))
        return tr("Promoted");
    if (action == QLatin1String("employee.notice"))
        return tr("Gave notice");
    if (action == QLatin1String("employee.notice_withdrawn"))
        return tr("Notice withdrawn");
    if (action == QLatin1String("employee.depart"))
        return tr("Departed");
    if (action == QLatin1String("labour_contract.create"))
        return tr("Contract signed");
    if (action == QLatin1String("labour_contract.renew"))
        return tr("Contract renewed");
    if (action == QLatin1String("labour_contract.end"))
        return tr("Contract ended early");
    if (action == QLatin1String("labour_contract.correct"))
        return tr("Contract corrected");
    if (action == QLatin1String("document.attach"))
        return tr("File attached");
    if (action == QLatin1String("document.remove"))
        return tr("File removed");
    if (action == QLatin1String("document.archive"))
        return tr("File archived");
    if (action == QLatin1String("document.restore"))
        return tr("File restored");
    if (action == QLatin1String("employee.archive"))
        return tr("File archived", "the whole staff file");
    if (action == QLatin1String("employee.restore"))
        return tr("File restored", "the whole staff file");
    return action;
}

QList<TimelineEntry> EmployeeTimeline::entries(const QString &employeeId) const
{
    // Three indexed lookups on audit_event (entity_type, entity_id) rather than one OR the
    // planner would answer with a scan of the whole chain.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH contracts AS (SELECT id FROM labour_contract WHERE employee_id = ?), "
        "documents AS (SELECT id FROM document WHERE (owner_type = 'employee' AND owner_id = ?) "
        "  OR (owner_type = 'labour_contract' AND owner_id IN (SELECT id FROM contracts))) "
        "SELECT seq, occurred_at, action, entity_type, entity_id, actor_name, before_json, after_json FROM ("
        " SELECT * FROM audit_event WHERE entity_type = 'employee' AND entity_id = ?"
        " UNION ALL SELECT * FROM audit_event WHERE entity_type = 'labour_contract' AND entity_id IN (SELECT id FROM contracts)"
        " UNION ALL SELECT * FROM audit_event WHERE entity_type = 'document' AND entity_id IN (SELECT id FROM documents)"
        ") ORDER BY seq DESC"));
    q.addBindValue(employeeId);
    q.addBindValue(employeeId);
    q.addBindValue(employeeId);
    QList<TimelineEntry> result;
    if (!q.exec()) {
        qCWarning(lcStaff) << "timeline query failed:" << q.lastError().text();
        return result;
    }
    while (q.next()) {
        TimelineEntry entry;
        entry.when = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        entry.kind = q.value(2).toString();
        entry.entityType = q.value(3).toString();
        entry.entityId = q.value(4).toString();
        entry.actor = q.value(5).toString();
        entry.title = title(entry.kind);
        entry.detail = detailFor(entry.kind, parse(q.value(6)), parse(q.value(7)));
        result << entry;
    }
    return result;
}

} // namespace hrdesk::staff
