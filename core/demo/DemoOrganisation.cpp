#include "core/demo/DemoOrganisation.h"

#include "core/demo/ChineseNameGenerator.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoRandom.h"

#include <algorithm>

namespace hrdesk::demo {

namespace {

constexpr int StaffPerBranch = 40;

QDate randomDate(DemoRandom &random, QDate from, QDate to)
{
    if (to <= from)
        return from;
    return QDate::fromJulianDay(from.toJulianDay() + random.below(quint32(to.toJulianDay() - from.toJulianDay() + 1)));
}

template<typename List>
const auto &pick(DemoRandom &random, const List &list)
{
    return list.at(random.below(quint32(list.size())));
}

} // namespace

DemoOrganisation DemoOrganisation::build(DemoRandom &random, DemoIdentifiers &identifiers,
                                         const ChineseNameGenerator &names, int employeeCount)
{
    const DemoCatalog &catalog = DemoCatalog::instance();
    DemoOrganisation org;
    const int branchCount = std::clamp((employeeCount + StaffPerBranch - 1) / StaffPerBranch, 1,
                                       int(catalog.branches.size()));
    const int departmentCount = int(catalog.departments.size());

    org.departments.push_back({random.uuid(), -1, QStringLiteral("company"), QStringLiteral("HQ"), catalog.companyName});
    std::vector<int> regionRow(catalog.regions.size(), -1);
    std::vector<Slot> branchSlots;
    std::vector<std::vector<Slot>> departmentSlots;
    for (int b = 0; b < branchCount; ++b) {
        const DemoCatalog::Branch &branch = catalog.branches[b];
        int &region = regionRow[branch.region];
        if (region < 0) {
            region = int(org.departments.size());
            org.departments.push_back({random.uuid(), 0, QStringLiteral("region"),
                                       QStringLiteral("R%1").arg(branch.region + 1, 2, 10, QLatin1Char('0')),
                                       catalog.regions.at(branch.region)});
        }
        const int branchRow = int(org.departments.size());
        org.departments.push_back({random.uuid(), region, QStringLiteral("branch"), branch.code, branch.name});
        branchSlots.push_back({branchRow, b, -1});
        departmentSlots.emplace_back();
        for (int d = 0; d < departmentCount; ++d) {
            const DemoCatalog::Department &department = catalog.departments[d];
            departmentSlots.back().push_back({int(org.departments.size()), b, d});
            org.departments.push_back({random.uuid(), branchRow, QStringLiteral("department"),
                                       branch.code + QLatin1Char('-') + department.code, department.name});
        }
    }

    // Leaders first so that every manager row exists before its reports.
    org.employees.reserve(size_t(employeeCount));
    std::vector<std::vector<int>> heads(size_t(branchCount), std::vector<int>(size_t(departmentCount), -1));
    auto full = [&] { return int(org.employees.size()) >= employeeCount; };
    for (int b = 0; b < branchCount && !full(); ++b) {
        const int manager = int(org.employees.size());
        org.addEmployee(random, identifiers, names, branchSlots[b], catalog.generalManagerPosition, -1, true);
        for (int d = 0; d < departmentCount && !full(); ++d) {
            heads[b][d] = int(org.employees.size());
            org.addEmployee(random, identifiers, names, departmentSlots[b][d],
                            catalog.departments[d].headPosition, manager, true);
            if (b == 0 && d == 0)
                org.salesManager = heads[b][d];
        }
        if (b == 0 && !full()) {
            // The demo login "clerk" is this person: an HR specialist of the first branch.
            int hr = 0;
            while (catalog.departments[hr].kind != DemoCatalog::DepartmentKind::HumanResources)
                ++hr;
            org.clerk = int(org.employees.size());
            org.addEmployee(random, identifiers, names, departmentSlots[0][hr],
                            catalog.departments[hr].positions.first(), heads[0][hr], false);
        }
    }

    std::vector<int> departmentWeights;
    for (const auto &department : catalog.departments)
        departmentWeights.push_back(department.weight);
    while (!full()) {
        const int b = int(random.below(quint32(branchCount)));
        const int d = random.weighted(departmentWeights.data(), departmentCount);
        const DemoCatalog::Department &department = catalog.departments[d];
        const QString &position = department.positions.at(
            random.weighted(department.positionWeights.data(), int(department.positionWeights.size())));
        org.addEmployee(random, identifiers, names, departmentSlots[b][d], position, heads[b][d], false);
    }
    return org;
}

DemoOrganisation::EmployeeRow &DemoOrganisation::addEmployee(DemoRandom &random, DemoIdentifiers &identifiers,
                                                             const ChineseNameGenerator &names, const Slot &slot,
                                                             const QString &position, int manager, bool leader)
{
    const DemoCatalog &catalog = DemoCatalog::instance();
    const QDate reference = referenceDate();
    const bool clerkRow = clerk == int(employees.size());
    EmployeeRow e;
    e.id = random.uuid();
    e.number = QStringLiteral("HD%1").arg(employees.size() + 1, 6, 10, QLatin1Char('0'));
    e.email = e.number.toLower() + QStringLiteral("@example.cn");
    e.male = clerkRow ? false : random.chance(52);
    e.name = clerkRow ? QString::fromUtf16(u"王芳") : names.name(random, e.male);
    e.birthDate = randomDate(random, QDate(1965, 1, 1), leader ? QDate(1990, 12, 31) : QDate(2003, 12, 31));
    const QString &region = random.chance(65) ? pick(random, catalog.branches[slot.branch].districts)
                                              : pick(random, catalog.birthplaceDistricts);
    e.idNumber = identifiers.residentId(random, region, e.birthDate, e.male);
    e.mobile = DemoIdentifiers::mobile(random);
    e.department = slot.department;
    e.branch = slot.branch;
    e.position = position;
    e.manager = manager;

    static constexpr int statusWeights[] = {80, 7, 5, 6, 2};
    static const QString statuses[] = {QStringLiteral("active"), QStringLiteral("probation"),
                                       QStringLiteral("notice"), QStringLiteral("departed"),
                                       QStringLiteral("onboarding")};
    const int status = (leader || clerkRow) ? 0 : random.weighted(statusWeights, 5);
    e.status = statuses[status];
    const QDate earliest = std::max(e.birthDate.addYears(22), QDate(2008, 1, 1));
    switch (status) {
    case 1: // probation: hired in the last six months
        e.hireDate = randomDate(random, reference.addDays(-170), reference.addDays(-10));
        e.statusChangedOn = e.hireDate;
        break;
    case 4: // onboarding: starts these days
        e.hireDate = randomDate(random, reference.addDays(-6), reference);
        e.statusChangedOn = e.hireDate;
        break;
    default:
        e.hireDate = randomDate(random, earliest, std::max(earliest, reference.addDays(leader ? -1100 : -200)));
        if (status == 2)
            e.statusChangedOn = reference.addDays(-qint64(random.below(30)));
        else if (status == 3)
            e.statusChangedOn = randomDate(random, std::min(e.hireDate.addDays(90), reference), reference);
        else
            e.statusChangedOn = std::min(e.hireDate.addMonths(3), reference);
        break;
    }
    e.ownsCustomers = (status == 0 || status == 1 || status == 2) && catalog.salesPositions.contains(position);
    employees.push_back(std::move(e));
    return employees.back();
}

} // namespace hrdesk::demo
