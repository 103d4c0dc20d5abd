#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace hrdesk::demo {

class DemoRandom;
class DemoIdentifiers;
class ChineseNameGenerator;

// The demo company in memory before it is written: a department tree (company → regions →
// branches → departments) and its staff with managers, so that rows can be inserted parents first.
class DemoOrganisation
{
public:
    struct DepartmentRow
    {
        QString id;
        int parent = -1; // index into departments, -1 for the company
        QString kind;    // company, region, branch, department
        QString code;
        QString name;
    };
    struct EmployeeRow
    {
        QString id;
        QString number; // HD000001
        QString name;
        bool male = false;
        QDate birthDate;
        QString idNumber;
        QString mobile;
        QString email;
        int department = -1;
        int branch = -1; // index into DemoCatalog::branches
        QString position;
        int manager = -1;
        QDate hireDate;
        QString status;
        QDate statusChangedOn;
        bool ownsCustomers = false;
    };

    // Last day of the demo's history: fixed, so that a seed always gives the same rows.
    static QDate referenceDate() { return QDate(2025, 12, 31); }

    static DemoOrganisation build(DemoRandom &random, DemoIdentifiers &identifiers,
                                  const ChineseNameGenerator &names, int employeeCount);

    std::vector<DepartmentRow> departments;
    std::vector<EmployeeRow> employees;
    int clerk = -1;        // the HR clerk 王芳 behind the demo login "clerk"
    int salesManager = -1; // the head of 销售一部 in the first branch, login "manager"

private:
    struct Slot
    {
        int department = -1;
        int branch = -1;
        int catalogDepartment = -1;
    };
    EmployeeRow &addEmployee(DemoRandom &random, DemoIdentifiers &identifiers, const ChineseNameGenerator &names,
                             const Slot &slot, const QString &position, int manager, bool leader);
};

} // namespace hrdesk::demo
