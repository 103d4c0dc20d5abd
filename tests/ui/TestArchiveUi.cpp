// Archive and restore from the staff list, as a clerk does it: Archive… asks for the reason,
// the row leaves the list, the notice offers Undo; "Show archived" lists it and Restore brings
// it back.
#include "StaffFixture.h"
#include "TempWorkspace.h"

#include "core/records/ArchiveService.h"
#include "models/StaffListModel.h"
#include "ui/ArchiveControls.h"
#include "ui/ArchiveDialog.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/StaffPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hrdesk;

class TestArchiveUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestArchiveUi"));
    }

    void init()
    {
        QSettings().clear();
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->get(), qPrintable(m_ws->error()));
        const QString department = StaffFixture::department(**m_ws, QStringLiteral("华东区/上海分公司/人事部"));
        m_zhang = StaffFixture::create(**m_ws, StaffFixture::employee(QStringLiteral("E0001"), QStringLiteral("张伟"),
                                                                      department, 1));
        QVERIFY(!m_zhang.isEmpty());
        QVERIFY(!StaffFixture::create(**m_ws, StaffFixture::employee(QStringLiteral("E0002"), QStringLiteral("李娜"),
                                                                      department, 2)).isEmpty());
    }

    void cleanup()
    {
        ui::ArchiveDialog::setHook({});
        m_ws.reset();
    }

    void archiveAskForReasonThenUndo()
    {
        ui::StaffPage page(**m_ws, StaffFixture::clerk());
        ui::ArchiveControls *controls = page.archiveControls();
        QCOMPARE(page.model()->totalCount(), 2);
        QVERIFY(!controls->archiveButton()->isEnabled()); // no row chosen
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QCOMPARE(page.currentId(), m_zhang);
        QVERIFY(controls->archiveButton()->isEnabled());

        // An empty reason keeps the dialog open with the reason on screen; then it is archived.
        QString firstRefusal;
        ui::ArchiveDialog::setHook([&](ui::ArchiveDialog *dialog) {
            if (dialog->apply())
                return false;
            firstRefusal = dialog->messageLabel()->text();
            dialog->reasonEdit()->setText(QStringLiteral("重复建档"));
            return dialog->apply();
        });
        QVERIFY(controls->archiveCurrent());
        QVERIFY(firstRefusal.contains(QStringLiteral("why")));
        QCOMPARE(page.model()->totalCount(), 1);
        QVERIFY(controls->notice()->isVisibleTo(&page));
        QVERIFY(controls->notice()->text().contains(QStringLiteral("张伟")));
        QVERIFY(controls->notice()->text().contains(QStringLiteral("#undo")));

        // Undo restores it.
        QVERIFY(controls->undoArchive());
        QCOMPARE(page.model()->totalCount(), 2);
        QVERIFY(records::ArchiveService(**m_ws).find(records::ArchiveKind::Employee, m_zhang)->archivedAt.isEmpty());
    }

    void showArchivedAndRestore()
    {
        QVERIFY(records::ArchiveService(**m_ws)
                    .archive(StaffFixture::clerk(), records::ArchiveKind::Employee, m_zhang, QStringLiteral("重复建档"), 1)
                    .ok);
        ui::StaffPage page(**m_ws, StaffFixture::clerk());
        ui::ArchiveControls *controls = page.archiveControls();
        QCOMPARE(page.model()->totalCount(), 1);

        controls->showArchivedBox()->setChecked(true);
        QVERIFY(page.model()->showsArchived());
        QCOMPARE(page.model()->totalCount(), 1);
        QVERIFY(controls->restoreButton()->isVisibleTo(&page));
        QVERIFY(!controls->archiveButton()->isVisibleTo(&page));
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QCOMPARE(page.currentId(), m_zhang);
        QVERIFY(controls->restoreButton()->isEnabled());

        QVERIFY(controls->restoreCurrent());
        QCOMPARE(page.model()->totalCount(), 0);
        controls->showArchivedBox()->setChecked(false);
        QCOMPARE(page.model()->totalCount(), 2);
    }

    void refusalIsShown()
    {
        // A second live file with the same ID number makes the restore of the archived one fail.
        QVERIFY(records::ArchiveService(**m_ws)
                    .archive(StaffFixture::clerk(), records::ArchiveKind::Employee, m_zhang, QStringLiteral("重复建档"), 1)
                    .ok);
        const QString department = StaffFixture::department(**m_ws, QStringLiteral("华东区/上海分公司/人事部"));
        QVERIFY(!StaffFixture::create(**m_ws, StaffFixture::employee(QStringLiteral("E0003"), QStringLiteral("张伟"),
                                                                      department, 1)).isEmpty());
        ui::StaffPage page(**m_ws, StaffFixture::clerk());
        ui::ArchiveControls *controls = page.archiveControls();
        controls->showArchivedBox()->setChecked(true);
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(!controls->restoreCurrent());
        QCOMPARE(controls->notice()->kind(), ui::NoticeLabel::Kind::Error);
        QVERIFY2(controls->notice()->text().contains(QStringLiteral("E0003")), qPrintable(controls->notice()->text()));
        QCOMPARE(page.model()->totalCount(), 1);
    }

    void changeSinceTheListWasReadIsRefused()
    {
        // The list reads 张伟 at version 1; meanwhile he is archived and restored elsewhere (version 3).
        ui::StaffPage page(**m_ws, StaffFixture::clerk());
        ui::ArchiveControls *controls = page.archiveControls();
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QCOMPARE(page.currentId(), m_zhang);
        QCOMPARE(page.currentVersion(), 1);
        records::ArchiveService service(**m_ws);
        QVERIFY(service.archive(StaffFixture::clerk(), records::ArchiveKind::Employee, m_zhang, QStringLiteral("误操作"), 1).ok);
        QVERIFY(service.restore(StaffFixture::clerk(), records::ArchiveKind::Employee, m_zhang, 2).ok);

        // Archive names the version the list showed: refused with the reason on screen, nothing
        // archived, and the list reads the record again.
        QString refusal;
        ui::ArchiveDialog::setHook([&](ui::ArchiveDialog *dialog) {
            dialog->reasonEdit()->setText(QStringLiteral("重复建档"));
            const bool applied = dialog->apply();
            refusal = dialog->messageLabel()->text();
            return applied;
        });
        QVERIFY(!controls->archiveCurrent());
        QVERIFY2(refusal.contains(QStringLiteral("version 1, now 3")), qPrintable(refusal));
        QVERIFY(service.find(records::ArchiveKind::Employee, m_zhang)->archivedAt.isEmpty());
        QCOMPARE(page.model()->totalCount(), 2);
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QCOMPARE(page.currentVersion(), 3);

        // Read again, the same archive goes through.
        ui::ArchiveDialog::setHook([&](ui::ArchiveDialog *dialog) {
            dialog->reasonEdit()->setText(QStringLiteral("重复建档"));
            return dialog->apply();
        });
        QVERIFY(controls->archiveCurrent());
        QCOMPARE(page.model()->totalCount(), 1);
    }

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    QString m_zhang;
};

QTEST_MAIN(TestArchiveUi)
#include "TestArchiveUi.moc"
