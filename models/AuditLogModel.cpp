#include "models/AuditLogModel.h"

#include "core/common/Ids.h"

#include "models/AuditActionNames.h"
#include "models/AuditDetails.h"
#include "models/ModelsLogging.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace hrdesk::models {

namespace {

// A long summary in a table cell hides the other columns; the tooltip has the whole event.
constexpr int MaxDetailsLength = 160;

} // namespace

AuditLogModel::AuditLogModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    m_rows = loadPage(0);
    m_atEnd = m_rows.size() < PageSize;
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_rows = loadPage(0);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
}

QVector<AuditLogModel::Row> AuditLogModel::loadPage(qint64 beforeSeq)
{
    QVector<Row> page;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "SELECT seq, occurred_at, actor_name, action, entity_type, entity_id, before_json, after_json "
        "FROM audit_event ");
    // beforeSeq 0 means the first page; seq starts at 1 (AUTOINCREMENT).
    if (beforeSeq > 0) {
        q.prepare(columns + QStringLiteral("WHERE seq < ? ORDER BY seq DESC LIMIT ?"));
        q.addBindValue(beforeSeq);
    } else {
        q.prepare(columns + QStringLiteral("ORDER BY seq DESC LIMIT ?"));
    }
    q.addBindValue(PageSize);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcModels) << "audit log page failed:" << m_lastError;
        m_atEnd = true;
        return page;
    }
    while (q.next()) {
        Row row;
        row.seq = q.value(0).toLongLong();
        row.occurredAt = q.value(1).toString();
        row.actorName = q.value(2).toString();
        row.action = q.value(3).toString();
        row.entityType = q.value(4).toString();
        row.entityId = q.value(5).toString();
        // Described (and masked) once per page: the raw JSON is not kept in the model.
        const AuditDetails::Text details =
            AuditDetails::describe(row.entityType, q.value(6).toString(), q.value(7).toString());
        row.details = details.summary;
        row.detailsTooltip = details.tooltip;
        page.append(row);
    }
    return page;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 last = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    if (last <= 1) {
        m_atEnd = true;
        return;
    }
    const QVector<Row> page = loadPage(last);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QString AuditLogModel::displayTime(const QString &isoUtc) const
{
    QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!time.isValid())
        return isoUtc;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SeqRole)
        return row.seq;
    if (role == RawActionRole)
        return row.action;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? row.occurredAt : displayTime(row.occurredAt);
        case ActorColumn:
            return AuditActionNames::actorName(row.actorName);
        case ActionColumn:
            return role == Qt::ToolTipRole ? row.action : AuditActionNames::displayName(row.action);
        case EntityColumn: {
            const QString type = AuditActionNames::entityTypeName(row.entityType);
            // UUIDs are long; eight characters are enough to tell rows apart on screen.
            if (row.entityId.isEmpty())
                return type;
            const QString id = role == Qt::ToolTipRole ? row.entityId : shortId(row.entityId);
            return type + QLatin1Char(' ') + id;
        }
        case DetailsColumn:
            if (role == Qt::ToolTipRole)
                return row.detailsTooltip;
            if (row.details.size() > MaxDetailsLength)
                return row.details.left(MaxDetailsLength) + QChar(0x2026);
            return row.details;
        default:
            break;
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace hrdesk::models
