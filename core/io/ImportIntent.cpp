#include "core/io/ImportIntent.h"

#include "core/audit/CanonicalJson.h"
#include "core/common/IsoDate.h"
#include "core/io/ImportPlan.h"
#include "core/io/ImportTarget.h"
#include "core/staff/EmployeeFields.h"

#include <QDate>

#include <initializer_list>

namespace hrdesk::io {

namespace {

using audit::CanonicalJson;

// One row's values: text, null for empty text and invalid dates.
class RowWriter
{
public:
    explicit RowWriter(QByteArray &out)
        : m_out(out)
    {
        m_out.append('[');
    }
    ~RowWriter() { m_out.append(']'); }
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    RowWriter &text(const QString &value)
    {
        separate();
        CanonicalJson::appendString(m_out, value);
        return *this;
    }
    RowWriter &textOrNull(const QString &value) { return value.isEmpty() ? null() : text(value); }
    RowWriter &date(QDate value) { return value.isValid() ? text(IsoDate::text(value)) : null(); }
    RowWriter &integer(qint64 value)
    {
        separate();
        m_out.append(QByteArray::number(value));
        return *this;
    }
    RowWriter &null()
    {
        separate();
        m_out.append("null");
        return *this;
    }

private:
    void separate()
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
    }

    QByteArray &m_out;
    bool m_first = true;
};

void appendStrings(QByteArray &out, std::initializer_list<QString> values)
{
    RowWriter row(out);
    for (const QString &value : values)
        row.text(value);
}

} // namespace

QByteArray ImportIntent::text(const ImportPlan &plan, bool skipInvalid)
{
    const bool staffTarget = plan.target == ImportTarget::Staff;
    QByteArray out;
    out.reserve(256 + qsizetype(staffTarget ? plan.staff.size() : plan.customers.size()) * 200);
    // The keys in canonical (sorted) order.
    out.append("{\"fields\":");
    if (staffTarget) {
        using F = staff::EmployeeFields;
        appendStrings(out, {QStringLiteral("id"), F::EmployeeNo, F::Name, F::Gender, F::BirthDate, F::IdType, F::IdNumber, F::Mobile,
                            F::Email, QStringLiteral("department"), F::Position, F::HireDate, F::ProbationEnd,
                            F::Status, F::EmergencyContactName, F::EmergencyContactPhone, F::Address});
    } else {
        appendStrings(out, {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("credit_code"),
                            QStringLiteral("tier"), QStringLiteral("region"), QStringLiteral("industry"),
                            QStringLiteral("score"), QStringLiteral("status"), QStringLiteral("phone"),
                            QStringLiteral("owner_employee_no"), QStringLiteral("source")});
    }
    out.append(",\"file\":");
    CanonicalJson::appendString(out, plan.fileName);
    out.append(",\"rows\":[");
    bool first = true;
    auto nextRow = [&] {
        if (!first)
            out.append(',');
        first = false;
    };
    if (staffTarget) {
        for (const StaffImportRow &row : plan.staff) {
            nextRow();
            const staff::Employee &e = row.employee;
            RowWriter(out)
                .text(e.id).text(e.employeeNo).text(e.name).text(e.gender).date(e.birthDate).text(e.idType).text(e.idNumber)
                .textOrNull(e.mobile).textOrNull(e.email).text(row.departmentPath).textOrNull(e.position)
                .date(e.hireDate).date(e.probationEnd).text(e.status).textOrNull(e.emergencyContactName)
                .textOrNull(e.emergencyContactPhone).textOrNull(e.address);
        }
    } else {
        for (const CustomerImportRow &row : plan.customers) {
            nextRow();
            const customers::Customer &c = row.customer;
            RowWriter w(out);
            w.text(c.id).text(c.kind).text(c.name).textOrNull(c.creditCode).text(c.tier).textOrNull(c.region)
                .textOrNull(c.industry);
            if (c.score)
                w.integer(*c.score);
            else
                w.null();
            w.text(c.status).textOrNull(c.phone).textOrNull(row.ownerEmployeeNo).textOrNull(c.source);
        }
    }
    out.append("],\"skip_invalid\":");
    out.append(skipInvalid ? "true" : "false");
    out.append(",\"target\":");
    CanonicalJson::appendString(out, targetName(plan.target));
    out.append('}');
    return out;
}

QByteArray ImportIntent::withDepartments(QByteArray text, const QStringList &ids, const QStringList &paths)
{
    QByteArray out;
    out.reserve(text.size() + 64 + 80 * ids.size());
    out.append("{\"departments\":[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendStrings(out, {ids.at(i), paths.value(i)});
    }
    out.append("],");
    out.append(QByteArrayView(text).sliced(1)); // text starts with {"fields":
    return out;
}

} // namespace hrdesk::io
