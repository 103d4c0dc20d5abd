// What ListPage gives every list, seen through the customer page: Enter searches without
// waiting, the sort indicator never claims a sort the model refused, the sort comes back with the
// remembered header, and the column layout is remembered as it changes, not only on closing.
#include "TempWorkspace.h"
#include "core/demo/DemoDataGenerator.h"
#include "models/CustomerListModel.h"
#include "ui/customers/CustomerPage.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hrdesk;

class TestListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestListPage"));
        QVERIFY2(m_ws.get(), qPrintable(m_ws.error()));
        demo::DemoDataGenerator::Options options;
        options.employees = 10;
        options.customers = 80;
        options.followUps = 0;
        const auto generated = demo::DemoDataGenerator(*m_ws).generate(options);
        QVERIFY2(generated.ok, qPrintable(generated.error));
    }

    void init() { QSettings().clear(); }

    void enterSearchesAtOnce()
    {
        ui::CustomerPage page(*m_ws, m_actor);
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customer ORDER BY id LIMIT 1")) && q.next());
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        page.searchEdit()->setText(q.value(0).toString());
        QCOMPARE(resets.count(), 0);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QCOMPARE(resets.count(), 1);
        QVERIFY(page.model()->rowCount() < 80);
        // The pause that was running does not query a second time.
        QTest::qWait(ui::ListPage::SearchDelayMs * 2);
        QCOMPARE(resets.count(), 1);
    }

    void indicatorStaysOnTheModelsSort()
    {
        ui::CustomerPage page(*m_ws, m_actor);
        QHeaderView *header = page.view()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), page.model()->sortColumn());
        // Industry has no sort index: the list keeps its order, and the header says so.
        header->setSortIndicator(models::CustomerListModel::IndustryColumn, Qt::AscendingOrder);
        QCOMPARE(page.model()->sortColumn(), int(models::CustomerListModel::NameColumn));
        QCOMPARE(header->sortIndicatorSection(), int(models::CustomerListModel::NameColumn));
        header->setSortIndicator(models::CustomerListModel::TierColumn, Qt::DescendingOrder);
        QCOMPARE(page.model()->sortColumn(), int(models::CustomerListModel::TierColumn));
        QCOMPARE(page.model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(models::CustomerListModel::TierColumn));
    }

    void restartKeepsTheSortOfTheLastSession()
    {
        {
            ui::CustomerPage page(*m_ws, m_actor);
            page.view()->horizontalHeader()->setSortIndicator(models::CustomerListModel::TierColumn,
                                                              Qt::DescendingOrder);
            QCOMPARE(page.model()->sortColumn(), int(models::CustomerListModel::TierColumn));
        }
        ui::CustomerPage again(*m_ws, m_actor);
        QCOMPARE(again.model()->sortColumn(), int(models::CustomerListModel::TierColumn));
        QCOMPARE(again.model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(again.view()->horizontalHeader()->sortIndicatorSection(), again.model()->sortColumn());
        QCOMPARE(again.view()->horizontalHeader()->sortIndicatorOrder(), again.model()->sortOrder());
    }

    void layoutIsRememberedAsItChanges()
    {
        ui::CustomerPage page(*m_ws, m_actor);
        QHeaderView *header = page.view()->horizontalHeader();
        header->resizeSection(models::CustomerListModel::OwnerColumn, 177);
        QCOMPARE(QSettings().value(QStringLiteral("customers/header")).toByteArray(), header->saveState());
        header->moveSection(header->visualIndex(models::CustomerListModel::OwnerColumn), 0);
        QCOMPARE(QSettings().value(QStringLiteral("customers/header")).toByteArray(), header->saveState());
        const QStringList saved = QSettings().value(QStringLiteral("customers/columns")).toStringList();
        QCOMPARE(saved.first(), QStringLiteral("owner"));
        QCOMPARE(page.exportColumns().first(), int(models::CustomerListModel::OwnerColumn));
    }

private:
    test::TempWorkspace m_ws;
    const commands::Actor m_actor{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("sales_manager")};
};

QTEST_MAIN(TestListPage)
#include "TestListPage.moc"
