#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace hrdesk::models {

// Labels and readable values for the keys of an audit event's before/after JSON (the column
// names the services write). Where a form already labels a field (EmployeeFields,
// CustomerFields) the audit log says the same words; only keys no form shows are named here.
class AuditFieldNames
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::models::AuditFieldNames)

public:
    // The translated label of key in an event about entityType; the key itself if unknown.
    static QString label(const QString &entityType, const QString &key);

    // value as people read it: codes through their labels, amounts in yuan, ids shortened, ID
    // and phone numbers masked. object is the JSON the value comes from (an ID number is masked
    // according to the ID type beside it).
    static QString valueText(const QString &entityType, const QString &key, const QJsonValue &value,
                             const QJsonObject &object);

    // Where key goes in a summary: what names the record first, ids and row numbers last.
    static int rank(const QString &key);

    // Keys a summary leaves out (the tooltip keeps them): the record's own id, hashes and file
    // types, and ids whose readable counterpart is in the same event (department_path beside
    // department_id, owner_name beside owner_id).
    static bool isHidden(const QString &key, const QJsonObject &before, const QJsonObject &after);

    // ID numbers, phone numbers and what a resident ID number encodes (date of birth, gender):
    // shown masked in the audit log like everywhere else.
    static bool isSensitive(const QString &key);
    static QString masked(const QString &key, const QString &value, const QJsonObject &object);
    // object with every sensitive value masked, also in nested objects and arrays.
    static QJsonObject masked(const QJsonObject &object);
};

} // namespace hrdesk::models
