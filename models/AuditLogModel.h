#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

namespace hrdesk::models {

// The audit chain, newest first, read in pages by keyset (seq < last seen) so a chain of
// millions of events opens as fast as one of ten. Rows are fetched as the view scrolls.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, EntityColumn, DetailsColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, RawActionRole };

    static constexpr int PageSize = 200;

    explicit AuditLogModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Drops the loaded pages and starts again from the newest event.
    void reload();
    QString lastError() const { return m_lastError; }

private:
    struct Row
    {
        qint64 seq = 0;
        QString occurredAt;
        QString actorName;
        QString action;
        QString entityType;
        QString entityId;
        QString details;        // translated summary, sensitive values masked
        QString detailsTooltip; // the before/after JSON, masked
    };

    QVector<Row> loadPage(qint64 beforeSeq);
    QString displayTime(const QString &isoUtc) const;

    QSqlDatabase m_db;
    QVector<Row> m_rows;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace hrdesk::models
