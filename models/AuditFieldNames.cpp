#include "models/AuditFieldNames.h"

#include "core/common/Ids.h"

#include "core/customers/CustomerFields.h"
#include "core/customers/Money.h"
#include "core/identity/LocalUserDirectory.h"
#include "core/masking/Masking.h"
#include "core/staff/ContractService.h"
#include "core/staff/DocumentStore.h"
#include "core/staff/EmployeeFields.h"
#include "models/AuditActionNames.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <utility>

namespace hrdesk::models {

namespace {

using customers::CustomerFields;
using staff::EmployeeFields;

constexpr char Context[] = "hrdesk::models::AuditFieldNames";

struct Name
{
    const char *key;
    const char *text; // English source text; translated through Context
};

// Keys no form labels. lupdate does not expand macros: each entry spells out its context.
constexpr Name kLabels[] = {
    // Staff events beside the employee fields
    {"effective_date", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Effective date")},
    {"note", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Note")},
    {"import_row", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Row in file")},
    {"pages", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Pages")},
    {"output", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Output")},
    {"revealed", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Unmasked fields")},
    {"field", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Field")},
    // Labour contracts (the fields both contracts have are labelled as on the sales contract)
    {"type", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Contract type")},
    {"renewal_of", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Renewal of")},
    {"renewal_count", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Renewal number")},
    {"contract_id", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Contract")},
    // Departments
    {"name", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Name")},
    {"kind", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Kind")},
    {"code", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Code")},
    {"path", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Path")},
    {"parent_id", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Parent department")},
    // Documents
    {"file_name", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "File name")},
    {"category", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Category")},
    {"size_bytes", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Size")},
    {"owner_type", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Attached to")},
    {"owner_id", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Record")},
    // Imports and exports
    {"file", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "File")},
    {"format", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Format")},
    {"rows", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Rows")},
    {"skipped", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Rows skipped")},
    {"departments_created", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Departments created")},
    {"reason", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Reason")},
    {"archived_at", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Archived on")},
    // Accounts and sign-in
    {"login", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Login")},
    {"method", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Method")},
    {"display_name", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Display name")},
    {"role", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Role")},
    // The database and the demo data
    {"device_id", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Device")},
    {"schema", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Schema version")},
    {"seed", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Seed")},
    {"employees", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Employees")},
    {"departments", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Departments")},
    {"users", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Accounts")},
    {"customers", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Customers")},
    {"contacts", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Contacts")},
    {"followUps", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Follow-ups")},
    {"deals", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Deals")},
    {"salesContracts", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Sales contracts")},
    {"ownerChanges", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Owner changes")},
};

constexpr Name kDepartmentKinds[] = {
    {"company", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Company")},
    {"region", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Region")},
    {"branch", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Branch")},
    {"department", QT_TRANSLATE_NOOP("hrdesk::models::AuditFieldNames", "Department")},
};

// Summary order: what names the record, then its particulars roughly in form order, then
// counts, free text, references and row numbers. Unlisted keys follow in alphabetical order.
constexpr const char *kOrder[] = {
    "employee_no", "name", "display_name", "login", "title", "kind", "credit_code", "tier", "region",
    "industry", "score", "code", "contract_no", "type", "file_name", "file", "category", "owner_type", "gender",
    "birth_date", "id_type", "id_number", "mobile", "phone", "wechat", "email", "emergency_contact_name",
    "emergency_contact_phone", "address", "path", "department_path", "department_id", "position", "manager_id",
    "hire_date", "probation_end", "status", "stage", "status_changed_at", "effective_date", "occurred_at",
    "channel", "summary", "next_step", "next_step_due", "amount_fen", "expected_close", "signed_on",
    "start_date", "end_date", "renewal_count", "renewal_of", "owner_name", "owner_id", "source", "role",
    "method", "format", "rows", "skipped", "departments_created", "employees", "departments", "users",
    "customers", "contacts", "followUps", "deals", "salesContracts", "ownerChanges", "pages", "output",
    "revealed", "field", "size_bytes", "archived_at", "reason", "note", "customer_id", "employee_id", "by_employee_id",
    "created_by", "parent_id", "contract_id", "import_row", "device_id", "schema", "seed",
};

// An id stands beside a readable counterpart written with it: the summary shows the latter.
constexpr std::pair<const char *, const char *> kIdBesideName[] = {
    {"department_id", "department_path"},
    {"owner_id", "owner_name"},
    {"parent_id", "path"},
    {"contract_id", "renewal_of"}, // the contract a renewal follows, named twice
};

template <size_t N>
QString lookUp(const Name (&table)[N], const QString &key)
{
    for (const Name &name : table) {
        if (key == QLatin1String(name.key))
            return QCoreApplication::translate(Context, name.text);
    }
    return key;
}

// The label the entity's form gives key; key itself when the form has no such field.
QString formLabel(const QString &entityType, const QString &key)
{
    if (entityType == QLatin1String("employee"))
        return EmployeeFields::label(key);
    if (entityType == QLatin1String("customer"))
        return CustomerFields::label(key);
    if (entityType == QLatin1String("customer_contact"))
        return CustomerFields::contactLabel(key);
    if (entityType == QLatin1String("follow_up"))
        return CustomerFields::followUpLabel(key);
    if (entityType == QLatin1String("deal"))
        return CustomerFields::dealLabel(key);
    if (entityType == QLatin1String("sales_contract"))
        return CustomerFields::salesContractLabel(key);
    // A labour contract has the same number and dates as a sales contract: the same words.
    if (entityType == QLatin1String("labour_contract")
        && (key == QLatin1String("contract_no") || key == QLatin1String("signed_on")
            || key == QLatin1String("start_date") || key == QLatin1String("end_date")))
        return CustomerFields::salesContractLabel(key);
    return key;
}

bool isId(const QString &key)
{
    return key == QLatin1String("id") || key.endsWith(QLatin1String("_id")) || key == QLatin1String("renewal_of")
        || key == QLatin1String("created_by");
}

QString localTime(const QString &isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Codes among the values, by key (and by entity type where two entities share a key).
QString codeLabel(const QString &entityType, const QString &key, const QString &code)
{
    const bool customer = entityType == QLatin1String("customer");
    if (key == QLatin1String("gender"))
        return EmployeeFields::genderLabel(code);
    if (key == QLatin1String("id_type"))
        return EmployeeFields::idTypeLabel(code);
    if (key == QLatin1String("status"))
        return customer ? CustomerFields::statusLabel(code) : EmployeeFields::statusLabel(code);
    if (key == QLatin1String("kind"))
        return customer ? CustomerFields::kindLabel(code) : lookUp(kDepartmentKinds, code);
    if (key == QLatin1String("tier"))
        return CustomerFields::tierLabel(code);
    if (key == QLatin1String("channel"))
        return CustomerFields::channelLabel(code);
    if (key == QLatin1String("stage"))
        return CustomerFields::stageLabel(code);
    if (key == QLatin1String("type") && entityType == QLatin1String("labour_contract"))
        return staff::ContractService::typeLabel(code);
    if (key == QLatin1String("category"))
        return staff::DocumentStore::categoryLabel(code);
    if (key == QLatin1String("role"))
        return identity::LocalUserDirectory::roleDisplayName(code);
    if (key == QLatin1String("owner_type"))
        return AuditActionNames::entityTypeName(code);
    // A reveal names the field shown, a print the fields it showed unmasked.
    if (key == QLatin1String("field") || key == QLatin1String("revealed"))
        return AuditFieldNames::label(entityType, code);
    if (key == QLatin1String("format"))
        return code.toUpper();
    if (key == QLatin1String("output"))
        return code == QLatin1String("printer") ? AuditFieldNames::tr("printer") : code.toUpper();
    if (key == QLatin1String("method") && code == QLatin1String("demo"))
        return AuditFieldNames::tr("demo, without password");
    if (key == QLatin1String("occurred_at"))
        return localTime(code);
    return code;
}

} // namespace

QString AuditFieldNames::label(const QString &entityType, const QString &key)
{
    const QString form = formLabel(entityType, key);
    if (form != key)
        return form;
    if (key == QLatin1String("department_path"))
        return EmployeeFields::label(EmployeeFields::DepartmentId);
    if (key == QLatin1String("owner_name"))
        return CustomerFields::label(QStringLiteral("owner_id"));
    // customer_id, employee_id: the record referred to, named by its type.
    if (key.endsWith(QLatin1String("_id")) && AuditActionNames::knownEntityTypes().contains(key.chopped(3)))
        return AuditActionNames::entityTypeName(key.chopped(3));
    return lookUp(kLabels, key);
}

QString AuditFieldNames::valueText(const QString &entityType, const QString &key, const QJsonValue &value,
                                   const QJsonObject &object)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (key == QLatin1String("amount_fen"))
            return customers::Money::formatYuan(qint64(number));
        if (key == QLatin1String("size_bytes"))
            return QLocale().formattedDataSize(qint64(number));
        // JSON numbers are doubles: counts and row numbers without a decimal point or exponent.
        if (std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::Array: {
        if (value.toArray().isEmpty())
            return QStringLiteral("—");
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(valueText(entityType, key, item, object));
        return items.join(tr(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(masked(value.toObject())).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        break;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return QStringLiteral("—");
    if (isSensitive(key)) {
        const QString shown = masked(key, text, object);
        // A gender is masked only beside a resident ID number; otherwise its code is translated.
        if (shown != text || key != EmployeeFields::Gender)
            return shown;
    }
    // Ids are long; eight characters tell records apart, as in the entity column.
    if (isId(key))
        return shortId(text);
    return codeLabel(entityType, key, text);
}

int AuditFieldNames::rank(const QString &key)
{
    int index = 0;
    for (const char *ordered : kOrder) {
        if (key == QLatin1String(ordered))
            return index;
        ++index;
    }
    return index;
}

bool AuditFieldNames::isHidden(const QString &key, const QJsonObject &before, const QJsonObject &after)
{
    if (key == QLatin1String("id") || key == QLatin1String("sha256") || key == QLatin1String("mime_type"))
        return true;
    for (const auto &[id, name] : kIdBesideName) {
        if (key == QLatin1String(id))
            return before.contains(QLatin1String(name)) || after.contains(QLatin1String(name));
    }
    return false;
}

bool AuditFieldNames::isSensitive(const QString &key)
{
    return key == EmployeeFields::IdNumber || key == EmployeeFields::Mobile || key == QLatin1String("phone")
        || key == EmployeeFields::EmergencyContactPhone || key == EmployeeFields::BirthDate
        || key == EmployeeFields::Gender;
}

QString AuditFieldNames::masked(const QString &key, const QString &value, const QJsonObject &object)
{
    const QString idType = object.value(EmployeeFields::IdType).toString(QStringLiteral("resident_id"));
    if (key == EmployeeFields::IdNumber)
        return masking::Masking::idNumber(value, idType);
    // What a resident ID number encodes is masked with it (masking::EmployeeMasking); a date
    // that does not read as one is masked all the same.
    if (key == EmployeeFields::BirthDate)
        return value.isEmpty() ? value : QStringLiteral("****-**-**");
    if (key == EmployeeFields::Gender)
        return idType == QLatin1String("resident_id") ? masking::Masking::gender(value) : value;
    return masking::Masking::mobile(value);
}

QJsonObject AuditFieldNames::masked(const QJsonObject &object)
{
    QJsonObject out = object;
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString() && isSensitive(it.key())) {
            it.value() = masked(it.key(), value.toString(), object);
        } else if (value.isObject()) {
            it.value() = masked(value.toObject());
        } else if (value.isArray()) {
            QJsonArray items = value.toArray();
            for (auto item = items.begin(); item != items.end(); ++item) {
                if (item->isObject())
                    *item = masked(item->toObject());
            }
            it.value() = items;
        }
    }
    return out;
}

} // namespace hrdesk::models
