#include "models/StaffListModel.h"

#include "core/masking/Masking.h"

#include <QLocale>

namespace hrdesk::models {

namespace {

constexpr char Context[] = "hrdesk::models::StaffListModel";

} // namespace

ColumnSet StaffListModel::columnCatalogue()
{
    // Sort expressions match the employee_list_* indexes of schema 6.
    return ColumnSet({
        {QStringLiteral("employee_no"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Employee no."), true,
         QStringLiteral("e.employee_no")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Name"), true,
         QStringLiteral("e.name")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Gender"), true, {}},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Department"), true, {}},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Position"), true,
         QStringLiteral("ifnull(e.position, '')")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Mobile"), true, {}},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "ID number"), false, {}},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Status"), true,
         QStringLiteral("e.status")},
        {QStringLiteral("hire_date"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Hire date"), true,
         QStringLiteral("ifnull(e.hire_date, '')")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("hrdesk::models::StaffListModel", "Email"), false, {}},
    });
}

StaffListModel::StaffListModel(QSqlDatabase db, QObject *parent)
    : ListModelBase(db, columnCatalogue(), Context, EmployeeNoColumn, parent)
{
    refresh();
}

void StaffListModel::setDepartmentFilter(const QString &departmentId)
{
    if (departmentId == m_departmentId)
        return;
    m_departmentId = departmentId;
    refresh();
}

void StaffListModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refresh();
}

ListQuery StaffListModel::baseQuery() const
{
    ListQuery query;
    query.baseTable = QStringLiteral("employee e");
    query.idColumn = QStringLiteral("e.id");
    query.versionColumn = QStringLiteral("e.version");
    query.joins = QStringLiteral("LEFT JOIN department d ON d.id = e.department_id");
    // One value per catalogue column, then the ID type the ID number is masked by.
    query.columns = QStringLiteral("e.employee_no, e.name, e.gender, d.name, e.position, e.mobile, e.id_number, "
                                   "e.status, e.hire_date, e.email, e.id_type");
    query.where(stateCondition(QStringLiteral("e")));
    // The list indexes cover live rows only; the archived ones are few and counted by a scan.
    if (!showsArchived())
        query.countIndex = QStringLiteral("employee_list_status");
    if (!m_departmentId.isEmpty()) {
        query.where(QStringLiteral("e.department_id IN (WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL "
                                   "SELECT child.id FROM department child JOIN subtree ON child.parent_id = subtree.id) "
                                   "SELECT id FROM subtree)"),
                    {m_departmentId});
    }
    if (!m_status.isEmpty())
        query.where(QStringLiteral("e.status = ?"), {m_status});
    return query;
}

void StaffListModel::archivedSearch(ListQuery &query, const QString &text) const
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    query.where(QStringLiteral("(e.name LIKE ? ESCAPE '\\' OR e.employee_no LIKE ? ESCAPE '\\')"), {pattern, pattern});
}

void StaffListModel::transformRow(QVariantList &values) const
{
    const QString idType = values.takeLast().toString();
    values[MobileColumn] = masking::Masking::mobile(values.at(MobileColumn).toString());
    values[IdNumberColumn] = masking::Masking::idNumber(values.at(IdNumberColumn).toString(), idType);
    // A resident ID number encodes the gender: it is masked with the number (EmployeeMasking).
    if (idType == QLatin1String("resident_id"))
        values[GenderColumn] = masking::Masking::gender(values.at(GenderColumn).toString());
}

QString StaffListModel::statusName(const QString &status)
{
    if (status == QLatin1String("onboarding"))
        return tr("Onboarding");
    if (status == QLatin1String("probation"))
        return tr("On probation");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("notice"))
        return tr("Notice period");
    if (status == QLatin1String("departed"))
        return tr("Departed");
    return status;
}

QVariant StaffListModel::displayValue(int column, const QVariant &value) const
{
    switch (column) {
    case GenderColumn:
        if (value.toString() == QLatin1String("female"))
            return tr("Female");
        if (value.toString() == QLatin1String("male"))
            return tr("Male");
        return value; // masked or empty
    case StatusColumn:
        return statusName(value.toString());
    default:
        return value;
    }
}

QString StaffListModel::totalText() const
{
    if (showsArchived())
        return tr("%1 archived employees").arg(QLocale().toString(totalCount()));
    return tr("%1 employees").arg(QLocale().toString(totalCount()));
}

} // namespace hrdesk::models
