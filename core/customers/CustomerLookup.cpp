#include "core/customers/CustomerLookup.h"

#include <QSqlQuery>
#include <QVariant>

namespace hrdesk::customers {

std::optional<Customer> CustomerLookup::customer(QSqlDatabase db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, kind, name, credit_code, tier, region, industry, score, status, owner_id, "
                             "source, created_by, phone, version, updated_at, deleted_at FROM customer WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Customer c;
    c.id = q.value(0).toString();
    c.kind = q.value(1).toString();
    c.name = q.value(2).toString();
    c.creditCode = q.value(3).toString();
    c.tier = q.value(4).toString();
    c.region = q.value(5).toString();
    c.industry = q.value(6).toString();
    if (!q.value(7).isNull())
        c.score = q.value(7).toInt();
    c.status = q.value(8).toString();
    c.ownerId = q.value(9).toString();
    c.source = q.value(10).toString();
    c.createdBy = q.value(11).toString();
    c.phone = q.value(12).toString();
    c.version = q.value(13).toLongLong();
    c.updatedAt = q.value(14).toString();
    c.deletedAt = q.value(15).toString();
    return c;
}

namespace {

std::optional<CustomerLookup::Employee> employeeWhere(QSqlDatabase db, const char *column, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, employee_no, status FROM employee WHERE %1 = ? AND deleted_at IS NULL")
                  .arg(QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CustomerLookup::Employee{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString() == QLatin1String("departed")};
}

} // namespace

std::optional<CustomerLookup::Employee> CustomerLookup::employee(QSqlDatabase db, const QString &id)
{
    return employeeWhere(db, "id", id);
}

std::optional<CustomerLookup::Employee> CustomerLookup::employeeByNumber(QSqlDatabase db, const QString &employeeNo)
{
    return employeeWhere(db, "employee_no", employeeNo);
}

QStringList CustomerLookup::regions(QSqlDatabase db)
{
    // The (region, id) sort index makes this a walk over distinct keys, not the table.
    QStringList regions;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT region FROM customer WHERE deleted_at IS NULL AND region <> '' "
                              "ORDER BY region")))
        while (q.next())
            regions << q.value(0).toString();
    return regions;
}

QString CustomerLookup::employeeOfUser(QSqlDatabase db, const QString &localUserId)
{
    if (localUserId.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT u.employee_id FROM local_user u JOIN employee e ON e.id = u.employee_id "
                             "WHERE u.id = ? AND e.deleted_at IS NULL"));
    q.addBindValue(localUserId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

std::optional<CustomerLookup::Holder> CustomerLookup::creditCodeHolder(QSqlDatabase db, const QString &creditCode,
                                                                       const QString &exceptId)
{
    if (creditCode.isEmpty())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.name, e.name FROM customer c LEFT JOIN employee e ON e.id = c.owner_id "
                             "WHERE c.credit_code = ? AND c.deleted_at IS NULL AND c.id <> ?"));
    q.addBindValue(creditCode);
    q.addBindValue(exceptId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Holder{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

std::optional<CustomerLookup::Holder> CustomerLookup::contractNoHolder(QSqlDatabase db, const QString &contractNo)
{
    // contract_no is unique across all rows (deleted ones included), so the lookup ignores deleted_at.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.name, e.name FROM sales_contract s JOIN customer c ON c.id = s.customer_id "
                             "LEFT JOIN employee e ON e.id = s.owner_id WHERE s.contract_no = ?"));
    q.addBindValue(contractNo);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Holder{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace hrdesk::customers
