// The customer list page over demo data: search waits for the typist, Ctrl+End shows the last
// customer, filters narrow the count, the chosen columns come back on the next start.
#include "TempWorkspace.h"
#include "core/demo/DemoDataGenerator.h"
#include "models/CustomerListModel.h"
#include "ui/NoticeLabel.h"
#include "ui/customers/CustomerPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hrdesk;

class TestCustomerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestCustomerPage"));
        QSettings().clear();
        QVERIFY2(m_ws.get(), qPrintable(m_ws.error()));
        demo::DemoDataGenerator::Options options;
        options.employees = 40;
        options.customers = 1200;
        options.followUps = 0;
        const auto generated = demo::DemoDataGenerator(*m_ws).generate(options);
        QVERIFY2(generated.ok, qPrintable(generated.error));
    }

    void countAndFilters()
    {
        ui::CustomerPage page(*m_ws, m_actor);
        QCOMPARE(page.model()->rowCount(), 1200);
        QVERIFY2(page.countLabel()->text().contains(QLocale().toString(1200)), qPrintable(page.countLabel()->text()));
        page.tierFilter()->setCurrentIndex(page.tierFilter()->findData(QStringLiteral("key")));
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customer WHERE tier = 'key' AND deleted_at IS NULL")) && q.next());
        QCOMPARE(page.model()->rowCount(), q.value(0).toInt());
        QVERIFY(page.countLabel()->text().contains(QLocale().toString(q.value(0).toInt())));
        // An unknown owner number is explained, not silently ignored.
        page.ownerFilter()->setText(QStringLiteral("X9999"));
        emit page.ownerFilter()->editingFinished();
        QVERIFY(!page.messageLabel()->isHidden());
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("X9999")));
    }

    void searchWaitsForTheTypist()
    {
        ui::CustomerPage page(*m_ws, m_actor);
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customer ORDER BY id LIMIT 1")) && q.next());
        const QString name = q.value(0).toString();
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        page.searchEdit()->setText(name.left(1));
        page.searchEdit()->setText(name);
        QCOMPARE(resets.count(), 0); // nothing queried while typing
        QTRY_VERIFY_WITH_TIMEOUT(resets.count() >= 1, 2000);
        QCOMPARE(resets.count(), 1); // one query for the whole burst
        QVERIFY(page.model()->rowCount() >= 1);
        QVERIFY(page.model()->rowCount() < 1200);
    }

    void ctrlEndShowsTheLastCustomer()
    {
        ui::CustomerPage page(*m_ws, m_actor);
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(page.view()->currentIndex().row(), 1199);
        // The name shown is the last by the list's order (name, then id).
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customer WHERE deleted_at IS NULL ORDER BY name DESC, id DESC LIMIT 1"))
                && q.next());
        QCOMPARE(page.model()->index(1199, models::CustomerListModel::NameColumn).data().toString(), q.value(0).toString());
    }

    void chosenColumnsAreRemembered()
    {
        const QStringList chosen = {QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("score")};
        {
            ui::CustomerPage page(*m_ws, m_actor);
            QVERIFY(!page.visibleColumnIds().contains(QStringLiteral("score"))); // not shown by default
            page.setVisibleColumnIds(chosen);
            page.view()->horizontalHeader()->resizeSection(models::CustomerListModel::OwnerColumn, 211);
        }
        ui::CustomerPage again(*m_ws, m_actor);
        QCOMPARE(again.visibleColumnIds(), chosen);
        QCOMPARE(again.view()->horizontalHeader()->sectionSize(models::CustomerListModel::OwnerColumn), 211);
    }

private:
    test::TempWorkspace m_ws;
    const commands::Actor m_actor{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("sales_manager")};
};

QTEST_MAIN(TestCustomerPage)
#include "TestCustomerPage.moc"
