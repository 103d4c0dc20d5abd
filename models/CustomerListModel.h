#pragma once

#include "models/ListModelBase.h"

namespace hrdesk::models {

// The customer book as a list: search, tier/region/owner/status filters, sort by name, tier,
// region, status, score or last change. The phone is masked (RevealService shows it, audited);
// the owner is shown by name.
class CustomerListModel : public ListModelBase
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, KindColumn, TierColumn, RegionColumn, IndustryColumn, OwnerColumn, PhoneColumn,
        StatusColumn, ScoreColumn, SourceColumn, UpdatedColumn, ColumnCount
    };

    explicit CustomerListModel(QSqlDatabase db, QObject *parent = nullptr);

    static ColumnSet columnCatalogue();

    // Each filter: empty for all. tier: key, A, B, C; status: prospect, active, dormant, lost;
    // owner: an employee id.
    void setTierFilter(const QString &tier);
    void setRegionFilter(const QString &region);
    void setOwnerFilter(const QString &ownerEmployeeId);
    void setStatusFilter(const QString &status);

    QString totalText() const override;
    static QString tierName(const QString &tier);
    static QString statusName(const QString &status);

protected:
    ListQuery baseQuery() const override;
    void transformRow(QVariantList &values) const override;
    QVariant displayValue(int column, const QVariant &value) const override;
    void archivedSearch(ListQuery &query, const QString &text) const override;
    QString searchEntityType() const override { return QStringLiteral("customer"); }

private:
    void setFilter(QString &filter, const QString &value);

    QString m_tier;
    QString m_region;
    QString m_owner;
    QString m_status;
};

} // namespace hrdesk::models
