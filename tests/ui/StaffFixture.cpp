#include "StaffFixture.h"

#include "core/staff/DepartmentDirectory.h"
#include "core/staff/EmployeeService.h"
#include "core/validation/ResidentIdNumber.h"
#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonObject>
#include <QSqlQuery>
#include <QWidget>

using namespace hrdesk;

commands::Actor StaffFixture::clerk()
{
    return {QStringLiteral("test-clerk"), QStringLiteral("王芳"), QStringLiteral("hr_clerk")};
}

QString StaffFixture::department(Workspace &workspace, const QString &path)
{
    QString id;
    staff::DepartmentDirectory directory(workspace.db());
    const commands::CommandResult result = workspace.runner().run(
        clerk(), QStringLiteral("department.ensure_path"), QJsonObject{{QStringLiteral("path"), path}},
        [&](commands::CommandContext &ctx) {
            id = directory.ensurePath(ctx, path);
            return !id.isEmpty();
        });
    if (!result.ok)
        qWarning("department %s: %s", qPrintable(path), qPrintable(result.error));
    return id;
}

QString StaffFixture::residentId(int seq)
{
    // 110105 (Beijing, Chaoyang) + 19900307 + three-digit sequence + check character.
    return validation::ResidentIdNumber::withCheckDigit(
        QStringLiteral("11010519900307%1").arg(seq % 1000, 3, 10, QLatin1Char('0')));
}

staff::Employee StaffFixture::employee(const QString &employeeNo, const QString &name, const QString &departmentId,
                                       int seq)
{
    staff::Employee e;
    e.employeeNo = employeeNo;
    e.name = name;
    e.gender = seq % 2 ? QStringLiteral("male") : QStringLiteral("female");
    e.birthDate = QDate(1990, 3, 7);
    e.idType = QStringLiteral("resident_id");
    e.idNumber = residentId(seq);
    e.mobile = QStringLiteral("1381234%1").arg(seq % 10000, 4, 10, QLatin1Char('0'));
    e.departmentId = departmentId;
    e.position = QStringLiteral("专员");
    e.hireDate = QDate(2020, 1, 1);
    e.status = QStringLiteral("onboarding");
    return e;
}

QString StaffFixture::create(Workspace &workspace, const staff::Employee &employee)
{
    const staff::StaffResult result = staff::EmployeeService(workspace).create(clerk(), employee);
    if (!result.ok)
        qWarning("create %s: %s", qPrintable(employee.employeeNo), qPrintable(result.error));
    return result.id;
}

void StaffFixture::typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

qint64 StaffFixture::count(Workspace &workspace, const QString &sql)
{
    QSqlQuery q(workspace.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
