#pragma once

#include "models/ListModelBase.h"

namespace hrdesk::models {

// The staff list: search, department subtree and status filters, sort by number, name,
// position, hire date or status. ID number and mobile are masked (and the gender with a
// resident ID number, which encodes it); the clear value is only
// available through masking::RevealService (an audit event).
class StaffListModel : public ListModelBase
{
    Q_OBJECT

public:
    enum Column {
        EmployeeNoColumn, NameColumn, GenderColumn, DepartmentColumn, PositionColumn, MobileColumn,
        IdNumberColumn, StatusColumn, HireDateColumn, EmailColumn, ColumnCount
    };

    explicit StaffListModel(QSqlDatabase db, QObject *parent = nullptr);

    static ColumnSet columnCatalogue();

    // Employees of this department and every department below it; empty for all.
    void setDepartmentFilter(const QString &departmentId);
    // One of onboarding, probation, active, notice, departed; empty for all.
    void setStatusFilter(const QString &status);

    QString totalText() const override;
    static QString statusName(const QString &status);

protected:
    ListQuery baseQuery() const override;
    void transformRow(QVariantList &values) const override;
    QVariant displayValue(int column, const QVariant &value) const override;
    void archivedSearch(ListQuery &query, const QString &text) const override;
    QString searchEntityType() const override { return QStringLiteral("employee"); }

private:
    QString m_departmentId;
    QString m_status;
};

} // namespace hrdesk::models
