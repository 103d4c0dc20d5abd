#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace hrdesk::demo {

// The fixed vocabulary of demo data: regions, branches, departments, positions, industries.
// Demo rows are data, not interface text, so they are Chinese and not translated.
class DemoCatalog
{
public:
    struct Branch
    {
        QString name;            // 上海分公司
        QString city;            // 上海
        QString code;            // SH
        int region = 0;          // index into regions()
        QStringList districts;   // real GB/T 2260 district codes of the city
    };
    enum class DepartmentKind { Sales, HumanResources, Finance, CustomerService, Administration };
    struct Department
    {
        QString name;            // 销售一部
        QString code;            // S1
        DepartmentKind kind = DepartmentKind::Sales;
        int weight = 1;          // share of the branch's staff
        QString headPosition;    // 销售经理
        QStringList positions;   // staff positions, the first the most common
        std::vector<int> positionWeights;
    };
    struct Industry
    {
        QString name;            // 制造业 (stored in customer.industry)
        QStringList words;       // 机械, 设备 … (in company names)
    };

    static const DemoCatalog &instance();

    QString companyName;
    QStringList regions;                 // 华东大区 …
    std::vector<Branch> branches;
    std::vector<Department> departments; // repeated in every branch
    QString generalManagerPosition;
    QStringList salesPositions;          // positions that own customers
    QStringList birthplaceDistricts;     // extra region codes for ID numbers (people move)
    QStringList mobilePrefixes;          // 3-digit prefixes
    QStringList tradeNames;              // 恒达, 华信 … (字号)
    std::vector<Industry> industries;
    QStringList sources;                 // 展会, 转介绍 …

private:
    DemoCatalog();
};

} // namespace hrdesk::demo
