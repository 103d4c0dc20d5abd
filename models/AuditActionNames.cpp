#include "models/AuditActionNames.h"

namespace hrdesk::models {

namespace {

constexpr char Context[] = "hrdesk::models::AuditActionNames";

struct Name
{
    const char *code;
    const char *text; // English source text; translated through Context
};

// lupdate does not expand macros: every entry spells out QT_TRANSLATE_NOOP with its context.

// Where each is written: grep the code in core/, cli/ and ui/. Actions built from variables:
// EmployeeService::transitionAction (the status changes), RevealService (<entity type>.reveal),
// Exporter (staff.export / customer.export), Importer (import.staff / import.customers),
// records::ArchiveService::action (<type>.archive / <type>.restore).
// Command names that are never audit actions (employee.create, employee.change_status,
// staff.import, customers.import) are not listed: the events they write are.
constexpr Name kActions[] = {
    // Workspace, accounts, sign-in
    {"database.create", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Database created")},
    {"demo.generate", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Demo data generated")},
    {"database.rekey", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Database key changed")},
    {"database.rekey_undone", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Interrupted key change undone")},
    {"database.keychain_restore", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Key put back into the keychain")},
    {"database.backup", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Backup made")},
    {"database.restore", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Restored from a backup")},
    {"device.assign", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "New device identity")},
    {"local_user.create", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Local user created")},
    {"session.sign_in", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Signed in")},
    {"session.sign_in_failed", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Sign-in failed")},
    // Staff
    {"department.create", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Department created")},
    {"department.rename", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Department renamed")},
    {"department.move", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Department moved")},
    {"employee.hire", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee hired")},
    {"employee.import", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee imported")},
    {"employee.update", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee file changed")},
    {"employee.transfer", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee transferred")},
    {"employee.promotion", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee promoted")},
    {"employee.probation_start", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee probation started")},
    {"employee.probation_passed", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee passed probation")},
    {"employee.notice", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee gave notice")},
    {"employee.notice_withdrawn", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee notice withdrawn")},
    {"employee.depart", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee departed")},
    {"employee.print", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee file printed")},
    {"employee.reveal", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee field unmasked")},
    {"employee.archive", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee archived")},
    {"employee.restore", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee restored")},
    {"labour_contract.create", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Labour contract signed")},
    {"labour_contract.renew", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Labour contract renewed")},
    {"labour_contract.end", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Labour contract ended early")},
    {"labour_contract.correct", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Labour contract corrected")},
    {"document.attach", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Document attached")},
    {"document.remove", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Document removed")},
    {"document.export", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Document exported")},
    {"document.archive", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Document archived")},
    {"document.restore", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Document restored")},
    {"import.staff", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Staff file imported")},
    {"staff.export", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Staff list exported")},
    // Customers
    {"customer.create", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer created")},
    {"customer.import", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer imported")},
    {"customer.update", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer changed")},
    {"customer.owner_change", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer owner changed")},
    {"customer.reveal", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer field unmasked")},
    {"customer.archive", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer archived")},
    {"customer.restore", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer restored")},
    {"customer.contact_add", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Contact added")},
    {"customer.contact_update", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Contact changed")},
    {"customer.contact_remove", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Contact removed")},
    {"contact.archive", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Contact archived")},
    {"contact.restore", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Contact restored")},
    {"customer_contact.reveal", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Contact field unmasked")},
    {"follow_up.add", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Follow-up recorded")},
    {"follow_up.update", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Follow-up corrected")},
    {"follow_up.archive", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Follow-up archived")},
    {"follow_up.restore", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Follow-up restored")},
    {"deal.add", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Deal added")},
    {"deal.update", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Deal changed")},
    {"sales_contract.add", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Sales contract added")},
    {"import.customers", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer file imported")},
    {"customer.export", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer list exported")},
};

constexpr Name kEntityTypes[] = {
    {"database", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Database")},
    {"device", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Device")},
    {"local_user", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Local user")},
    {"session", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Session")},
    {"employee", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Employee")},
    {"department", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Department")},
    {"labour_contract", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Labour contract")},
    {"document", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Document")},
    {"customer", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Customer")},
    {"customer_contact", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Contact")},
    {"follow_up", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Follow-up")},
    {"deal", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Deal")},
    {"sales_contract", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Sales contract")},
    {"import", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Import")},
    {"export", QT_TRANSLATE_NOOP("hrdesk::models::AuditActionNames", "Export")},
};

template <size_t N>
QStringList codes(const Name (&table)[N])
{
    QStringList list;
    list.reserve(qsizetype(N));
    for (const Name &name : table)
        list.append(QLatin1String(name.code));
    return list;
}

template <size_t N>
QString lookUp(const Name (&table)[N], const QString &code)
{
    for (const Name &name : table) {
        if (code == QLatin1String(name.code))
            return QCoreApplication::translate(Context, name.text);
    }
    return code;
}

} // namespace

QStringList AuditActionNames::knownActions()
{
    return codes(kActions);
}

QString AuditActionNames::displayName(const QString &action)
{
    return lookUp(kActions, action);
}

QStringList AuditActionNames::knownEntityTypes()
{
    return codes(kEntityTypes);
}

QString AuditActionNames::entityTypeName(const QString &entityType)
{
    return lookUp(kEntityTypes, entityType);
}

QString AuditActionNames::actorName(const QString &actorName)
{
    return actorName == QLatin1String("system") ? tr("System") : actorName;
}

} // namespace hrdesk::models
