#include "TempWorkspace.h"

#include "models/StaffListModel.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using hrdesk::models::KeysetPager;
using hrdesk::models::StaffListModel;

namespace {

struct Employee
{
    QString id, no, name, position, status, department, mobile;
};

} // namespace

class TestStaffListModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int Count = 450;
    std::unique_ptr<hrdesk::test::TempWorkspace> m_ws;
    std::vector<Employee> m_staff;

    QStringList column(StaffListModel &model, int col, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.data(model.index(row, col), role).toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<hrdesk::test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
        QSqlQuery q((*m_ws)->db());
        // d0 (company) > d1 (region) > d2 (branch); d3 is a sibling of d1.
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO department (id, parent_id, kind, code, name, updated_at) VALUES "
                     "('d0', NULL, 'company', 'C', '总公司', 'now'), ('d1', 'd0', 'region', 'R', '华东区', 'now'), "
                     "('d2', 'd1', 'branch', 'B', '上海分公司', 'now'), ('d3', 'd0', 'department', 'D', '财务部', 'now')")),
                 qPrintable(q.lastError().text()));
        const QStringList surnames{QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王")};
        const QStringList positions{QStringLiteral("会计"), QStringLiteral("出纳"), QStringLiteral("经理")};
        const QStringList statuses{QStringLiteral("active"), QStringLiteral("probation"), QStringLiteral("notice")};
        const QStringList departments{QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")};
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, mobile, "
                                         "department_id, position, status, updated_at) "
                                         "VALUES (?, ?, ?, 'female', ?, ?, ?, ?, ?, 'now')")));
        for (int i = 0; i < Count; ++i) {
            Employee e;
            // Ids in reverse of the number: ties on position are broken by id, not by number.
            e.id = QStringLiteral("emp-%1").arg(Count - i, 4, 10, QLatin1Char('0'));
            e.no = QStringLiteral("E%1").arg(i, 4, 10, QLatin1Char('0'));
            e.name = surnames.at(i % 3) + QStringLiteral("员工%1").arg(i);
            e.position = positions.at((i / 7) % 3);
            e.status = statuses.at((i / 5) % 3);
            e.department = departments.at(i % 3);
            e.mobile = QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'));
            q.addBindValue(e.id);
            q.addBindValue(e.no);
            q.addBindValue(e.name);
            q.addBindValue(QStringLiteral("11010519491231%1").arg(i % 10000, 4, 10, QLatin1Char('0')));
            q.addBindValue(e.mobile);
            q.addBindValue(e.department);
            q.addBindValue(e.position);
            q.addBindValue(e.status);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            m_staff.push_back(e);
        }
    }
    void cleanupTestCase() { m_ws.reset(); }

    void firstPageAndPaging()
    {
        StaffListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), Count);
        QCOMPARE(model.totalCount(), Count);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, StaffListModel::EmployeeNoColumn)).toString(), QStringLiteral("E0000"));
        QCOMPARE(model.data(model.index(0, StaffListModel::DepartmentColumn)).toString(), QStringLiteral("华东区"));
        QCOMPARE(model.data(model.index(1, StaffListModel::DepartmentColumn)).toString(), QStringLiteral("上海分公司"));
        QCOMPARE(model.data(model.index(Count - 1, StaffListModel::EmployeeNoColumn)).toString(), QStringLiteral("E0449"));
        QStringList expected;
        for (const Employee &e : m_staff)
            expected << e.no;
        QCOMPARE(column(model, StaffListModel::EmployeeNoColumn), expected);
        QVERIFY(model.cachedRowCount() <= KeysetPager::MaxPages * KeysetPager::PageSize);
        QVERIFY(model.headerData(StaffListModel::NameColumn, Qt::Horizontal).toString().size() > 0);
    }

    void maskedValues()
    {
        StaffListModel model((*m_ws)->db());
        const QString mobile = model.data(model.index(3, StaffListModel::MobileColumn)).toString();
        QCOMPARE(mobile, QStringLiteral("138****0003"));
        QCOMPARE(model.data(model.index(3, StaffListModel::IdNumberColumn)).toString(), QStringLiteral("110105********00*3"));
        // The gender follows from a resident ID number: masked with it.
        QCOMPARE(model.data(model.index(3, StaffListModel::GenderColumn)).toString(), QStringLiteral("*"));
        for (int role = 0; role < Qt::UserRole + 10; ++role) {
            const QString value = model.data(model.index(3, StaffListModel::MobileColumn), role).toString();
            QVERIFY2(!value.contains(QStringLiteral("13800000003")), qPrintable(QString::number(role)));
        }
    }

    void sortBothDirectionsWithTies_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("ascending") << int(Qt::AscendingOrder);
        QTest::newRow("descending") << int(Qt::DescendingOrder);
    }
    void sortBothDirectionsWithTies()
    {
        QFETCH(int, order);
        StaffListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(StaffListModel::PositionColumn, Qt::SortOrder(order));
        std::vector<Employee> sorted = m_staff;
        std::sort(sorted.begin(), sorted.end(), [&](const Employee &a, const Employee &b) {
            const auto ka = std::make_pair(a.position, a.id);
            const auto kb = std::make_pair(b.position, b.id);
            return order == Qt::AscendingOrder ? ka < kb : kb < ka;
        });
        QStringList expected;
        for (const Employee &e : sorted)
            expected << e.no;
        QCOMPARE(column(model, StaffListModel::EmployeeNoColumn), expected);
        // Also read backwards from the end, as a view scrolled up from the bottom.
        StaffListModel fromEnd((*m_ws)->db());
        fromEnd.sort(StaffListModel::PositionColumn, Qt::SortOrder(order));
        fromEnd.jumpToEnd();
        QStringList backwards;
        for (int row = Count - 1; row >= 0; --row)
            backwards.prepend(fromEnd.data(fromEnd.index(row, StaffListModel::EmployeeNoColumn)).toString());
        QCOMPARE(backwards, expected);
    }

    void unsortableColumnIgnored()
    {
        StaffListModel model((*m_ws)->db());
        model.sort(StaffListModel::MobileColumn, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), int(StaffListModel::EmployeeNoColumn));
        QCOMPARE(model.data(model.index(0, StaffListModel::EmployeeNoColumn)).toString(), QStringLiteral("E0000"));
    }

    void filtersWithSearch()
    {
        StaffListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDepartmentFilter(QStringLiteral("d1")); // d1 and its branch d2
        QStringList expected;
        for (const Employee &e : m_staff) {
            if (e.department != QLatin1String("d3"))
                expected << e.no;
        }
        QCOMPARE(column(model, StaffListModel::EmployeeNoColumn), expected);

        model.setStatusFilter(QStringLiteral("notice"));
        model.setSearchText(QStringLiteral("张"));
        expected.clear();
        for (const Employee &e : m_staff) {
            if (e.department != QLatin1String("d3") && e.status == QLatin1String("notice") && e.name.startsWith(QStringLiteral("张")))
                expected << e.no;
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(column(model, StaffListModel::EmployeeNoColumn), expected);

        // A full mobile and the department leaf.
        model.setStatusFilter({});
        model.setDepartmentFilter(QStringLiteral("d2"));
        model.setSearchText(QStringLiteral("13800000031"));
        QCOMPARE(column(model, StaffListModel::EmployeeNoColumn), QStringList{QStringLiteral("E0031")});
        model.setSearchText(QStringLiteral("13800000030")); // E0030 is in d1, not d2
        QCOMPARE(model.rowCount(), 0);
        // The mobile is masked: a fragment of it finds nobody (13800000030 to 39 begin so).
        model.setDepartmentFilter({});
        model.setSearchText(QStringLiteral("1380000003"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QStringLiteral("3800000003"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStaffListModel)
#include "TestStaffListModel.moc"
