#include "core/io/Exporter.h"

#include "core/io/CsvExportWriter.h"
#include "core/io/XlsxExportWriter.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcExport, "hrdesk.io.export")

namespace hrdesk::io {

namespace {
constexpr int ProgressStep = 500;
}

Exporter::Exporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

Exporter::Format Exporter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QString Exporter::infoLine(const QString &name, const QString &employeeNo, const QDateTime &when, const QString &reason)
{
    const QString who = employeeNo.isEmpty() ? name : tr("%1 (employee no. %2)").arg(name, employeeNo);
    return tr("Exported by %1 at %2. Reason: %3").arg(who, when.toString(QStringLiteral("yyyy-MM-dd HH:mm")), reason);
}

QString Exporter::employeeNoOf(const commands::Actor &actor) const
{
    if (actor.id.isEmpty())
        return QString();
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT e.employee_no FROM local_user u JOIN employee e ON e.id = u.employee_id "
                             "WHERE u.id = ?"));
    q.addBindValue(actor.id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Exporter::Result Exporter::exportTable(const commands::Actor &actor, Request request)
{
    Result result;
    request.reason = request.reason.trimmed();
    if (request.reason.isEmpty()) {
        result.error = tr("Say why you export this list; the reason is recorded with the export.");
        return result;
    }
    if (request.path.isEmpty() || !request.table.next) {
        result.error = tr("Choose a file to export to.");
        return result;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const QString employeeNo = employeeNoOf(actor);
    const QString info = infoLine(actor.name, employeeNo, now, request.reason);
    QString error;
    QStringList row;
    // After each row: false when the user cancelled (the writers drop what they wrote).
    auto goOn = [&]() {
        if (!request.progress || result.rows % ProgressStep != 0 || request.progress(result.rows, request.expectedRows))
            return true;
        result = Result();
        result.cancelled = true;
        result.error = tr("The export was cancelled; no file was written.");
        return false;
    };
    if (request.format == Format::Csv) {
        CsvExportWriter writer;
        if (!writer.open(request.path, &error)) {
            result.error = error;
            return result;
        }
        writer.writeComment(QStringLiteral("# ") + info);
        writer.writeRow(request.table.headers);
        while (request.table.next(row)) {
            writer.writeRow(row);
            ++result.rows;
            if (!goOn())
                return result;
        }
        if (!writer.finish(&error)) {
            result.error = error;
            return result;
        }
    } else {
        XlsxExportWriter writer;
        const QString sheet = request.list == ImportTarget::Staff ? tr("Staff") : tr("Customers");
        if (!writer.open(request.path, sheet, &error)
            || !writer.setHeaderFooter(info, tr("Exported from HR Desk by %1 at %2")
                                                 .arg(actor.name, now.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                                       &error)
            || !writer.writeRow({info}, false, &error) || !writer.writeRow(request.table.headers, true, &error)) {
            result.error = error;
            return result;
        }
        writer.freezeRows(2);
        while (request.table.next(row)) {
            if (!writer.writeRow(row, false, &error)) {
                result.error = error;
                return result;
            }
            ++result.rows;
            if (!goOn())
                return result;
        }
        if (!writer.finish(&error)) {
            result.error = error;
            return result;
        }
    }
    if (request.progress)
        request.progress(result.rows, request.expectedRows);

    const bool staffList = request.list == ImportTarget::Staff;
    const auto recorded = m_workspace.runner().record(
        actor, {staffList ? QStringLiteral("staff.export") : QStringLiteral("customer.export"), QStringLiteral("export"),
                QString(), QJsonValue(),
                QJsonObject{{QStringLiteral("format"), request.format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx")},
                            {QStringLiteral("rows"), result.rows},
                            {QStringLiteral("reason"), request.reason},
                            {QStringLiteral("file"), QFileInfo(request.path).fileName()}}});
    if (!recorded.ok) {
        // An export nobody can trace must not stay on disk.
        QFile::remove(request.path);
        result.error = tr("The export was not saved because it could not be recorded: %1").arg(recorded.error);
        result.rows = 0;
        return result;
    }
    qCInfo(lcExport) << "exported" << result.rows << "rows to" << request.path;
    result.ok = true;
    return result;
}

} // namespace hrdesk::io
