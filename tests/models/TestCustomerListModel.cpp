#include "TempWorkspace.h"

#include "models/CustomerListModel.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using hrdesk::models::CustomerListModel;
using hrdesk::models::KeysetPager;

// 20,500 customers, generated in SQL: c<n> ids, 客户<n> names (so name order is n order),
// tier = n mod 4, region = n mod 3, owner = n mod 2, status = n mod 5, phone 139<n>.
class TestCustomerListModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int Count = 20500;
    std::unique_ptr<hrdesk::test::TempWorkspace> m_ws;

    static QString name(int n) { return QStringLiteral("客户%1").arg(n, 5, 10, QLatin1Char('0')); }
    static QString tier(int n) { return QStringList{QStringLiteral("key"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.at(n % 4); }
    static QString region(int n) { return QStringList{QStringLiteral("上海"), QStringLiteral("杭州"), QStringLiteral("南京")}.at(n % 3); }

    QString cell(CustomerListModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<hrdesk::test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
        QSqlQuery q((*m_ws)->db());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) VALUES "
                     "('o0', 'S0', '刘洋', 'male', 'a', 'active', 'now'), ('o1', 'S1', '陈静', 'female', 'b', 'active', 'now')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
                     "INSERT INTO customer (id, kind, name, tier, region, owner_id, status, phone, updated_at) "
                     "SELECT printf('c%06d', i), 'company', printf('客户%05d', i), "
                     "CASE i % 4 WHEN 0 THEN 'key' WHEN 1 THEN 'A' WHEN 2 THEN 'B' ELSE 'C' END, "
                     "CASE i % 3 WHEN 0 THEN '上海' WHEN 1 THEN '杭州' ELSE '南京' END, 'o' || (i % 2), "
                     "CASE i % 5 WHEN 0 THEN 'prospect' WHEN 1 THEN 'active' WHEN 2 THEN 'dormant' ELSE 'lost' END, "
                     "printf('139%08d', i), 'now' FROM n").arg(Count)),
                 qPrintable(q.lastError().text()));
    }
    void cleanupTestCase() { m_ws.reset(); }

    void browseWholeListWithFewPages()
    {
        CustomerListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), Count);
        QVERIFY(model.totalText().contains(QLocale().toString(Count)));
        int maxCached = 0;
        for (int row = 0; row < Count; ++row) {
            QCOMPARE(cell(model, row, CustomerListModel::NameColumn), name(row));
            maxCached = std::max(maxCached, model.cachedRowCount());
        }
        QVERIFY2(maxCached <= KeysetPager::MaxPages * KeysetPager::PageSize, qPrintable(QString::number(maxCached)));
        // Each page read once, by keyset from its neighbour.
        QCOMPARE(model.pageQueries(), (Count + KeysetPager::PageSize - 1) / KeysetPager::PageSize);
        QCOMPARE(cell(model, 7, CustomerListModel::OwnerColumn), QStringLiteral("陈静"));
        QCOMPARE(cell(model, 7, CustomerListModel::PhoneColumn), QStringLiteral("139****0007"));
        QCOMPARE(cell(model, 8, CustomerListModel::TierColumn), CustomerListModel::tierName(QStringLiteral("key")));
    }

    void jumpToEndThenScrollUp()
    {
        CustomerListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.pageQueries();
        model.jumpToEnd();
        QCOMPARE(model.pageQueries(), before + 1);
        QCOMPARE(cell(model, Count - 1, CustomerListModel::NameColumn), name(Count - 1));
        QCOMPARE(model.pageQueries(), before + 1);
        // Scroll up three pages and a bit: one keyset query per page, no OFFSET.
        for (int row = Count - 1; row >= Count - 3 * KeysetPager::PageSize - 10; --row)
            QCOMPARE(cell(model, row, CustomerListModel::NameColumn), name(row));
        QCOMPARE(model.pageQueries(), before + 1 + 3);
        // The thumb dragged into the middle: an anchor, then the page.
        QCOMPARE(cell(model, 10001, CustomerListModel::NameColumn), name(10001));
        QCOMPARE(cell(model, 9999, CustomerListModel::NameColumn), name(9999));
        QVERIFY(model.cachedRowCount() <= KeysetPager::MaxPages * KeysetPager::PageSize);
    }

    void sortTierWithTies_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("ascending") << int(Qt::AscendingOrder);
        QTest::newRow("descending") << int(Qt::DescendingOrder);
    }
    void sortTierWithTies()
    {
        QFETCH(int, order);
        CustomerListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(CustomerListModel::TierColumn, Qt::SortOrder(order));
        std::vector<int> expected(Count);
        for (int i = 0; i < Count; ++i)
            expected[size_t(i)] = i;
        // Tier rank is n mod 4 (key, A, B, C); ties by id, which is n order.
        std::sort(expected.begin(), expected.end(), [&](int a, int b) {
            const auto ka = std::make_pair(a % 4, a);
            const auto kb = std::make_pair(b % 4, b);
            return order == Qt::AscendingOrder ? ka < kb : kb < ka;
        });
        for (int row : {0, 1, 199, 200, 201, 5124, 5125, 5126, 10000, Count - 201, Count - 200, Count - 1})
            QCOMPARE(cell(model, row, CustomerListModel::NameColumn), name(expected[size_t(row)]));
        model.jumpToEnd();
        for (int row = Count - 1; row >= Count - 450; --row)
            QCOMPARE(cell(model, row, CustomerListModel::NameColumn), name(expected[size_t(row)]));
    }

    void filtersWithSearch()
    {
        CustomerListModel model((*m_ws)->db());
        model.setTierFilter(QStringLiteral("A"));
        model.setRegionFilter(QStringLiteral("杭州"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwnerFilter(QStringLiteral("o1"));
        model.setSearchText(QStringLiteral("客户01"));
        QStringList expected;
        for (int n = 0; n < Count; ++n) {
            if (tier(n) == QLatin1String("A") && region(n) == QStringLiteral("杭州") && n % 2 == 1 && name(n).contains(QStringLiteral("客户01")))
                expected << name(n);
        }
        QVERIFY(expected.size() > 10);
        QCOMPARE(model.rowCount(), expected.size());
        QStringList actual;
        for (int row = 0; row < model.rowCount(); ++row)
            actual << cell(model, row, CustomerListModel::NameColumn);
        QCOMPARE(actual, expected);

        model.setStatusFilter(QStringLiteral("lost"));
        model.setSearchText(QStringLiteral("13900001234")); // n = 1234 is tier B, not A
        QCOMPARE(model.rowCount(), 0);
        model.setTierFilter({});
        model.setRegionFilter({});
        model.setOwnerFilter({});
        model.setStatusFilter({});
        QCOMPARE(model.rowCount(), 1);
        // The phone is masked: a fragment of it finds nobody.
        model.setSearchText(QStringLiteral("00001234"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QStringLiteral("13900001234"));
        QCOMPARE(cell(model, 0, CustomerListModel::NameColumn), name(1234));
    }

    void denseSearchWalksSortIndex()
    {
        // 10,000 matches: more than the model sorts in memory, so pages come from the name index.
        CustomerListModel model((*m_ws)->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(QStringLiteral("客户1"));
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(cell(model, 0, CustomerListModel::NameColumn), name(10000));
        QCOMPARE(cell(model, 4321, CustomerListModel::NameColumn), name(14321));
        model.jumpToEnd();
        QCOMPARE(cell(model, 9999, CustomerListModel::NameColumn), name(19999));
        QCOMPARE(cell(model, 9750, CustomerListModel::NameColumn), name(19750));
        model.setTierFilter(QStringLiteral("A"));
        QCOMPARE(model.rowCount(), 2500);
        QCOMPARE(cell(model, 1, CustomerListModel::NameColumn), name(10005));
        model.sort(CustomerListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(cell(model, 0, CustomerListModel::NameColumn), name(19997));
    }

    void twoModelsSearchIndependently()
    {
        // Each model keeps its matches in its own hit set.
        CustomerListModel first((*m_ws)->db());
        CustomerListModel second((*m_ws)->db());
        first.setSearchText(QStringLiteral("客户1"));
        second.setSearchText(QStringLiteral("13900001234"));
        QCOMPARE(first.rowCount(), 10000);
        QCOMPARE(second.rowCount(), 1);
        first.jumpToEnd();
        QCOMPARE(cell(first, 9999, CustomerListModel::NameColumn), name(19999));
        QCOMPARE(cell(second, 0, CustomerListModel::NameColumn), name(1234));
        second.setSearchText(QString());
        QCOMPARE(second.rowCount(), Count);
        QCOMPARE(first.rowCount(), 10000);
    }

    void columnCatalogue()
    {
        const hrdesk::models::ColumnSet columns = CustomerListModel::columnCatalogue();
        QCOMPARE(columns.count(), int(CustomerListModel::ColumnCount));
        QVERIFY(columns.defaultVisibleIds().contains(QStringLiteral("owner")));
        QVERIFY(!columns.defaultVisibleIds().contains(QStringLiteral("source")));
        QCOMPARE(columns.visibleIds({QStringLiteral("phone"), QStringLiteral("gone"), QStringLiteral("name")}),
                 QStringList({QStringLiteral("phone"), QStringLiteral("name")}));
        QCOMPARE(columns.visibleIds({QStringLiteral("gone")}), columns.defaultVisibleIds());
        QVERIFY(columns.isSortable(columns.indexOf(QStringLiteral("tier"))));
        QVERIFY(!columns.isSortable(columns.indexOf(QStringLiteral("phone"))));
    }
};

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "TestCustomerListModel.moc"
