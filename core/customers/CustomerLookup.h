#pragma once

#include "core/customers/Customer.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace hrdesk::customers {

// The reads the customer services share, on whatever connection (inside a command or not).
class CustomerLookup
{
public:
    struct Employee
    {
        QString id;
        QString name;
        QString employeeNo;
        bool departed = false;
    };

    static std::optional<Customer> customer(QSqlDatabase db, const QString &id);
    // A live (not deleted) employee by id or by employee number; departed ones included.
    static std::optional<Employee> employee(QSqlDatabase db, const QString &id);
    static std::optional<Employee> employeeByNumber(QSqlDatabase db, const QString &employeeNo);
    // The regions live customers are in, sorted, for the list's filter.
    static QStringList regions(QSqlDatabase db);
    // The employee a local user is, when the user has been linked to one.
    static QString employeeOfUser(QSqlDatabase db, const QString &localUserId);
    // The live customer holding creditCode other than exceptId, as {id, name, owner name}.
    struct Holder
    {
        QString id;
        QString name;
        QString ownerName;
    };
    static std::optional<Holder> creditCodeHolder(QSqlDatabase db, const QString &creditCode, const QString &exceptId);
    static std::optional<Holder> contractNoHolder(QSqlDatabase db, const QString &contractNo);
};

} // namespace hrdesk::customers
