#include "core/io/HeaderDictionary.h"

#include "core/customers/CustomerFields.h"
#include "core/staff/EmployeeFields.h"

#include <QHash>

namespace hrdesk::io {

namespace {

using Field = HeaderDictionary::Field;

QList<Field> normalised(QList<Field> fields)
{
    for (Field &field : fields) {
        field.headers.append(field.id);
        for (QString &header : field.headers)
            header = HeaderDictionary::normaliseHeader(header);
    }
    return fields;
}

QList<Field> staffFields()
{
    return normalised({
        {QStringLiteral("employee_no"), true,
         {QStringLiteral("工号"), QStringLiteral("员工编号"), QStringLiteral("员工工号"), QStringLiteral("职工编号"),
          QStringLiteral("编号"), QStringLiteral("Employee No."), QStringLiteral("Employee Number"),
          QStringLiteral("Employee ID"), QStringLiteral("Staff No.")}},
        {QStringLiteral("name"), true,
         {QStringLiteral("姓名"), QStringLiteral("员工姓名"), QStringLiteral("名字"), QStringLiteral("Name"),
          QStringLiteral("Full Name"), QStringLiteral("Employee Name")}},
        {QStringLiteral("gender"), false, {QStringLiteral("性别"), QStringLiteral("Gender"), QStringLiteral("Sex")}},
        {QStringLiteral("birth_date"), false,
         {QStringLiteral("出生日期"), QStringLiteral("生日"), QStringLiteral("出生年月日"), QStringLiteral("Date of Birth"),
          QStringLiteral("Birth Date"), QStringLiteral("Birthday"), QStringLiteral("DOB")}},
        {QStringLiteral("id_type"), false,
         {QStringLiteral("证件类型"), QStringLiteral("ID Type"), QStringLiteral("Document Type")}},
        {QStringLiteral("id_number"), true,
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("证件号码"), QStringLiteral("证件号"),
          QStringLiteral("身份证"), QStringLiteral("ID Number"), QStringLiteral("ID No."), QStringLiteral("ID Card Number")}},
        {QStringLiteral("mobile"), false,
         {QStringLiteral("手机号"), QStringLiteral("手机"), QStringLiteral("手机号码"), QStringLiteral("联系电话"),
          QStringLiteral("移动电话"), QStringLiteral("Mobile"), QStringLiteral("Mobile Phone"), QStringLiteral("Phone")}},
        {QStringLiteral("email"), false,
         {QStringLiteral("邮箱"), QStringLiteral("电子邮箱"), QStringLiteral("电子邮件"), QStringLiteral("Email"),
          QStringLiteral("E-mail"), QStringLiteral("Email Address")}},
        {QStringLiteral("department"), true,
         {QStringLiteral("部门"), QStringLiteral("所属部门"), QStringLiteral("部门路径"), QStringLiteral("Department"),
          QStringLiteral("Dept")}},
        {QStringLiteral("position"), false,
         {QStringLiteral("职位"), QStringLiteral("岗位"), QStringLiteral("职务"), QStringLiteral("Position"),
          QStringLiteral("Title"), QStringLiteral("Job Title")}},
        {QStringLiteral("hire_date"), true,
         {QStringLiteral("入职日期"), QStringLiteral("入职时间"), QStringLiteral("Hire Date"), QStringLiteral("Start Date"),
          QStringLiteral("Date Hired")}},
        {QStringLiteral("probation_end"), false,
         {QStringLiteral("试用期结束"), QStringLiteral("试用期结束日期"), QStringLiteral("转正日期"),
          QStringLiteral("Probation End"), QStringLiteral("End of Probation")}},
        {QStringLiteral("status"), false,
         {QStringLiteral("状态"), QStringLiteral("员工状态"), QStringLiteral("在职状态"), QStringLiteral("Status"),
          QStringLiteral("Employment Status")}},
        {QStringLiteral("emergency_contact_name"), false,
         {QStringLiteral("紧急联系人"), QStringLiteral("Emergency Contact"), QStringLiteral("Emergency Contact Name")}},
        {QStringLiteral("emergency_contact_phone"), false,
         {QStringLiteral("紧急联系电话"), QStringLiteral("紧急联系人电话"), QStringLiteral("Emergency Phone"),
          QStringLiteral("Emergency Contact Phone")}},
        {QStringLiteral("address"), false,
         {QStringLiteral("地址"), QStringLiteral("住址"), QStringLiteral("家庭住址"), QStringLiteral("联系地址"),
          QStringLiteral("Address")}},
    });
}

QList<Field> customerFields()
{
    return normalised({
        {QStringLiteral("name"), true,
         {QStringLiteral("客户名称"), QStringLiteral("客户名"), QStringLiteral("名称"), QStringLiteral("公司名称"),
          QStringLiteral("客户"), QStringLiteral("Customer Name"), QStringLiteral("Customer"), QStringLiteral("Name"),
          QStringLiteral("Company Name")}},
        {QStringLiteral("kind"), false,
         {QStringLiteral("类型"), QStringLiteral("客户类型"), QStringLiteral("Type"), QStringLiteral("Customer Type"),
          QStringLiteral("Kind")}},
        {QStringLiteral("credit_code"), false,
         {QStringLiteral("统一社会信用代码"), QStringLiteral("信用代码"), QStringLiteral("社会信用代码"),
          QStringLiteral("Credit Code"), QStringLiteral("Unified Social Credit Code"), QStringLiteral("USCC")}},
        {QStringLiteral("tier"), false,
         {QStringLiteral("客户等级"), QStringLiteral("等级"), QStringLiteral("级别"), QStringLiteral("客户级别"),
          QStringLiteral("Tier"), QStringLiteral("Level"), QStringLiteral("Grade")}},
        {QStringLiteral("region"), false,
         {QStringLiteral("地区"), QStringLiteral("区域"), QStringLiteral("所在地区"), QStringLiteral("城市"),
          QStringLiteral("Region"), QStringLiteral("Area"), QStringLiteral("City")}},
        {QStringLiteral("industry"), false,
         {QStringLiteral("行业"), QStringLiteral("所属行业"), QStringLiteral("Industry")}},
        {QStringLiteral("score"), false,
         {QStringLiteral("评分"), QStringLiteral("分数"), QStringLiteral("客户评分"), QStringLiteral("Score"),
          QStringLiteral("Rating")}},
        {QStringLiteral("status"), false,
         {QStringLiteral("状态"), QStringLiteral("客户状态"), QStringLiteral("Status")}},
        {QStringLiteral("phone"), false,
         {QStringLiteral("电话"), QStringLiteral("联系电话"), QStringLiteral("手机"), QStringLiteral("Phone"),
          QStringLiteral("Telephone"), QStringLiteral("Tel")}},
        {QStringLiteral("owner_employee_no"), false,
         {QStringLiteral("负责人工号"), QStringLiteral("负责人员工编号"), QStringLiteral("客户负责人工号"),
          QStringLiteral("销售工号"), QStringLiteral("Owner Employee No."), QStringLiteral("Owner No."),
          QStringLiteral("Owner Employee Number"), QStringLiteral("Owner")}},
        {QStringLiteral("source"), false,
         {QStringLiteral("来源"), QStringLiteral("客户来源"), QStringLiteral("Source"), QStringLiteral("Lead Source")}},
    });
}

} // namespace

QString HeaderDictionary::normaliseHeader(const QString &header)
{
    // NFKC folds full-width letters and punctuation (Ｎａｍｅ, （）) into their usual forms.
    const QString folded = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

const QList<HeaderDictionary::Field> &HeaderDictionary::fields(ImportTarget target)
{
    static const QList<Field> staff = staffFields();
    static const QList<Field> customers = customerFields();
    return target == ImportTarget::Staff ? staff : customers;
}

QStringList HeaderDictionary::fieldIds(ImportTarget target)
{
    QStringList ids;
    for (const Field &field : fields(target))
        ids.append(field.id);
    return ids;
}

bool HeaderDictionary::isRequired(ImportTarget target, const QString &field)
{
    for (const Field &f : fields(target)) {
        if (f.id == field)
            return f.required;
    }
    return false;
}

QString HeaderDictionary::fieldForHeader(ImportTarget target, const QString &header)
{
    const QString key = normaliseHeader(header);
    if (key.isEmpty())
        return QString();
    for (const Field &field : fields(target)) {
        if (field.headers.contains(key))
            return field.id;
    }
    return QString();
}

QString HeaderDictionary::label(ImportTarget target, const QString &field)
{
    if (target == ImportTarget::Staff) {
        if (field == QLatin1String("department"))
            return staff::EmployeeFields::label(staff::EmployeeFields::DepartmentId);
        return staff::EmployeeFields::label(field);
    }
    if (field == QLatin1String("owner_employee_no"))
        return tr("Owner's employee number");
    return customers::CustomerFields::label(field);
}

} // namespace hrdesk::io
