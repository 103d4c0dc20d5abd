// The customer form and page offscreen: Chinese typed through the input method, validation as
// the user types, save and find in the list, owner change with a required reason, a sales
// contract's file attached, previewed, saved as a copy and removed.
#include "core/customers/CustomerActivityService.h"
#include "core/customers/CustomerService.h"
#include "core/staff/DocumentStore.h"
#include "models/CustomerListModel.h"
#include "TempWorkspace.h"
#include "translations/TranslationLoader.h"
#include "ui/NoticeLabel.h"
#include "ui/customers/ChangeOwnerDialog.h"
#include "ui/customers/CustomerActivityTabs.h"
#include "ui/customers/CustomerDialog.h"
#include "ui/customers/CustomerPage.h"
#include "ui/customers/EmployeeNumberEdit.h"
#include "ui/customers/RecordFormDialog.h"
#include "ui/customers/SalesContractsTab.h"
#include "ui/staff/DocumentPreview.h"

#include <QApplication>
#include <QComboBox>
#include <QColor>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace hrdesk;

namespace {

const QString HengdaCode = QStringLiteral("91350100M000100Y43");

void typeText(QWidget *widget, const QString &text)
{
    // keyClicks aborts on non-ASCII: an input method commit is how Chinese arrives anyway.
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QLineEdit *lineEdit(ui::CustomerDialog &dialog, const QString &field)
{
    return qobject_cast<QLineEdit *>(dialog.fieldWidget(field));
}

} // namespace

class TestCustomerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HRDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestCustomerDialog"));
        QSettings().clear();
        QVERIFY2(m_ws.get(), qPrintable(m_ws.error()));
        if (!qEnvironmentVariableIsEmpty("HRDESK_SCREENSHOT_DIR"))
            TranslationLoader::install(*qApp, QString::fromLatin1(TranslationLoader::Chinese));
        insertEmployee(QStringLiteral("e-zw"), QStringLiteral("E0001"), QStringLiteral("张伟"));
        insertEmployee(QStringLiteral("e-ln"), QStringLiteral("E0002"), QStringLiteral("李娜"));
        // The actor as a local user, so the history names who changed the owner.
        QSqlQuery q(m_ws->db());
        q.prepare(QStringLiteral("INSERT INTO local_user (id, login, display_name, role, password_hash, updated_at) "
                                 "VALUES (?, 'wangfang', ?, 'sales_manager', 'x', '2026-01-01T00:00:00.000Z')"));
        q.addBindValue(m_actor.id);
        q.addBindValue(m_actor.name);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void invalidCreditCodeNamesTheCheckCharacterWhileTyping()
    {
        ui::CustomerDialog dialog(*m_ws, m_actor, QString());
        QLineEdit *code = lineEdit(dialog, QStringLiteral("credit_code"));
        QVERIFY(code);
        QTest::keyClicks(code, QStringLiteral("91350100M000100Y44"));
        QLabel *error = dialog.errorLabel(QStringLiteral("credit_code"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QLatin1Char('3')) && error->text().contains(QLatin1Char('4')),
                 qPrintable(error->text()));
        // Correcting the last character clears the reason.
        QTest::keyClick(code, Qt::Key_Backspace);
        QTest::keyClicks(code, QStringLiteral("3"));
        QVERIFY(error->isHidden());
    }

    void saveRefusesAndFocusesFirstBadField()
    {
        ui::CustomerDialog dialog(*m_ws, m_actor, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.errorLabel(QStringLiteral("name"))->isHidden());
        QCOMPARE(QApplication::focusWidget(), dialog.fieldWidget(QStringLiteral("name")));
        QCOMPARE(test::rowCount(m_ws->db(), QStringLiteral("customer")), 0);
    }

    void fillAndSaveChineseCustomerAndFindItInTheList()
    {
        ui::CustomerDialog dialog(*m_ws, m_actor, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeText(lineEdit(dialog, QStringLiteral("name")), QStringLiteral("上海恒达机械有限公司"));
        QTest::keyClicks(lineEdit(dialog, QStringLiteral("credit_code")), HengdaCode.toLower());
        typeText(lineEdit(dialog, QStringLiteral("region")), QStringLiteral("华东"));
        typeText(lineEdit(dialog, QStringLiteral("industry")), QStringLiteral("机械制造"));
        QTest::keyClicks(lineEdit(dialog, QStringLiteral("phone")), QStringLiteral("13812345678"));
        auto *tier = qobject_cast<QComboBox *>(dialog.fieldWidget(QStringLiteral("tier")));
        tier->setCurrentIndex(tier->findData(QStringLiteral("key")));
        QTest::keyClicks(dialog.ownerEdit()->lineEdit(), QStringLiteral("E0001"));
        QCOMPARE(dialog.ownerEdit()->employeeId(), QStringLiteral("e-zw"));
        // For the manual: HRDESK_SCREENSHOT_DIR=docs/images grabs the filled form.
        const QString shots = qEnvironmentVariable("HRDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QApplication::processEvents(); // the layout after the last error was hidden
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("customer-form-zh_CN.png"))));
        }
        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.changed());

        const auto stored = customers::CustomerService(*m_ws).find(dialog.customerId());
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("上海恒达机械有限公司"));
        QCOMPARE(stored->creditCode, HengdaCode);
        QCOMPARE(stored->ownerId, QStringLiteral("e-zw"));
        QCOMPARE(stored->tier, QStringLiteral("key"));

        ui::CustomerPage page(*m_ws, m_actor);
        QCOMPARE(page.model()->rowCount(), 1);
        // Enabling sorting on the view must not flip the list to descending.
        QCOMPARE(page.model()->sortOrder(), Qt::AscendingOrder);
        QVERIFY(page.countLabel()->text().contains(QLatin1Char('1')));
        typeText(page.searchEdit(), QStringLiteral("恒达"));
        page.applySearchNow();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, models::CustomerListModel::NameColumn).data().toString(),
                 QStringLiteral("上海恒达机械有限公司"));
        // The list shows the phone masked.
        QCOMPARE(page.model()->index(0, models::CustomerListModel::PhoneColumn).data().toString(),
                 QStringLiteral("138****5678"));
        page.searchEdit()->clear();
        typeText(page.searchEdit(), QStringLiteral("不存在的公司"));
        page.applySearchNow();
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void duplicateCreditCodePointsToTheHolder()
    {
        ui::CustomerDialog dialog(*m_ws, m_actor, QString());
        typeText(lineEdit(dialog, QStringLiteral("name")), QStringLiteral("恒达机械（重复）"));
        QTest::keyClicks(lineEdit(dialog, QStringLiteral("credit_code")), HengdaCode);
        QVERIFY(!dialog.save());
        const QString error = dialog.errorLabel(QStringLiteral("credit_code"))->text();
        QVERIFY2(error.contains(QStringLiteral("上海恒达机械有限公司")), qPrintable(error));
    }

    void changeOwnerRequiresReasonAndAppearsInHistory()
    {
        const QString id = customerId();
        QVERIFY(!id.isEmpty());
        ui::CustomerDialog dialog(*m_ws, m_actor, id);
        QVERIFY(dialog.historyTable());
        QCOMPARE(dialog.historyTable()->rowCount(), 1); // created
        // The stored phone is masked until revealed.
        QCOMPARE(lineEdit(dialog, QStringLiteral("phone"))->text(), QStringLiteral("138****5678"));

        const auto customer = customers::CustomerService(*m_ws).find(id);
        ui::ChangeOwnerDialog change(*m_ws, m_actor, *customer);
        QTest::keyClicks(change.ownerEdit()->lineEdit(), QStringLiteral("E0002"));
        QVERIFY(!change.apply());
        QVERIFY(!change.messageLabel()->isHidden());
        QCOMPARE(customers::CustomerService(*m_ws).find(id)->ownerId, QStringLiteral("e-zw"));
        typeText(change.reasonEdit(), QStringLiteral("区域调整"));
        QVERIFY2(change.apply(), qPrintable(change.messageLabel()->text()));
        QCOMPARE(customers::CustomerService(*m_ws).find(id)->ownerId, QStringLiteral("e-ln"));

        dialog.reload();
        QCOMPARE(dialog.historyTable()->rowCount(), 2);
        QStringList newest;
        for (int column = 0; column < dialog.historyTable()->columnCount(); ++column)
            newest.append(dialog.historyTable()->item(0, column)->text());
        QVERIFY2(newest.contains(QStringLiteral("张伟")) && newest.contains(QStringLiteral("李娜"))
                     && newest.contains(QStringLiteral("区域调整")) && newest.contains(m_actor.name),
                 qPrintable(newest.join(QLatin1Char('|'))));

        // The form continues from the new version: an edit saves without a conflict.
        typeText(lineEdit(dialog, QStringLiteral("industry")), QStringLiteral("重工"));
        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));
    }

    void versionConflictOffersReload()
    {
        const QString id = customerId();
        ui::CustomerDialog dialog(*m_ws, m_actor, id);
        // Someone else saves the customer after the form was opened.
        customers::CustomerService service(*m_ws);
        customers::Customer other = *service.find(id);
        other.region = QStringLiteral("华南");
        QVERIFY(service.update(m_actor, other, other.version).ok);

        lineEdit(dialog, QStringLiteral("source"))->clear();
        typeText(lineEdit(dialog, QStringLiteral("source")), QStringLiteral("老客户介绍"));
        dialog.setConflictAnswer(true);
        QVERIFY(!dialog.save());
        // Reloaded: the other change is on screen, nothing of ours was written.
        QCOMPARE(lineEdit(dialog, QStringLiteral("region"))->text(), QStringLiteral("华南"));
        QCOMPARE(lineEdit(dialog, QStringLiteral("source"))->text(), service.find(id)->source);
        QCOMPARE(dialog.messageLabel()->kind(), ui::NoticeLabel::Kind::Warning);
        // ...and the next save goes through on the new version.
        typeText(lineEdit(dialog, QStringLiteral("source")), QStringLiteral("展会"));
        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(service.find(id)->source.endsWith(QStringLiteral("展会")));
    }

    void revealIsAudited()
    {
        ui::CustomerDialog dialog(*m_ws, m_actor, customerId());
        QVERIFY(dialog.revealButton());
        QVERIFY(dialog.revealPhone());
        QCOMPARE(lineEdit(dialog, QStringLiteral("phone"))->text(), QStringLiteral("13812345678"));
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = 'customer.reveal'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void contractFileCanBePreviewedSavedAndRemoved()
    {
        const QString id = customerId();
        QVERIFY(!id.isEmpty());
        ui::CustomerDialog dialog(*m_ws, m_actor, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ui::SalesContractsTab *tab = dialog.activityTabs()->salesContracts();
        QVERIFY(tab);
        dialog.activityTabs()->setDialogHook([](ui::RecordFormDialog *form) {
            form->findChild<QLineEdit *>(QStringLiteral("contractNo"))->setText(QStringLiteral("HT-2026-001"));
            form->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("128,000.00"));
            if (form->submit())
                form->accept();
            return true;
        });
        QVERIFY(tab->addContract());
        QTableWidget *contracts = tab->contractsTable();
        QCOMPARE(contracts->rowCount(), 1);
        const int fileColumn = contracts->columnCount() - 1;
        QCOMPARE(contracts->item(0, fileColumn)->text(), ui::SalesContractsTab::tr("No file"));
        const QString contractId = contracts->item(0, 0)->data(Qt::UserRole).toString();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scan = dir.filePath(QStringLiteral("销售合同-HT-2026-001.png"));
        // A page-like picture: a screenshot of the preview then shows what a user would see.
        QImage image(300, 400, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.drawText(QRect(0, 20, 300, 30), Qt::AlignCenter, QStringLiteral("销售合同 HT-2026-001"));
            painter.setPen(QColor(QStringLiteral("#9e9e9e")));
            for (int y = 80; y < 360; y += 20)
                painter.drawLine(30, y, 270, y);
        }
        QVERIFY(image.save(scan));
        QFile scanFile(scan);
        QVERIFY(scanFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = scanFile.readAll();

        tab->setNextAttachment(scan);
        QVERIFY(tab->attachFile(0));
        // The row names the file and its size.
        const QString fileCell = contracts->item(0, fileColumn)->text();
        QVERIFY2(fileCell.contains(QStringLiteral("销售合同-HT-2026-001.png"))
                     && fileCell.contains(QLocale().formattedDataSize(bytes.size())),
                 qPrintable(fileCell));
        QCOMPARE(tab->filesList()->topLevelItemCount(), 1);
        QVERIFY(tab->filesList()->currentItem());

        QVERIFY(tab->previewFile());
        QVERIFY(tab->previewDialog() && tab->previewDialog()->isVisible());
        QVERIFY(tab->preview()->hasPicture());
        // For the manual: HRDESK_SCREENSHOT_DIR=docs/images grabs the tab and the preview.
        const QString shots = qEnvironmentVariable("HRDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.tabs()->setCurrentWidget(tab);
            QApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("customer-contracts-zh_CN.png"))));
            QVERIFY(tab->previewDialog()->grab().save(QDir(shots).filePath(QStringLiteral("contract-preview-zh_CN.png"))));
        }

        // A copy that cannot be written says so, naming the file.
        tab->setNextSavePath(dir.filePath(QStringLiteral("no-such-folder/copy.png")));
        QVERIFY(!tab->saveFileAs());
        QVERIFY(!tab->notice()->isHidden());
        QCOMPARE(tab->notice()->kind(), ui::NoticeLabel::Kind::Error);
        QVERIFY2(tab->notice()->text().contains(QStringLiteral("销售合同-HT-2026-001.png")), qPrintable(tab->notice()->text()));
        const QString copy = dir.filePath(QStringLiteral("copy.png"));
        tab->setNextSavePath(copy);
        QVERIFY(tab->saveFileAs());
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), bytes);
        QCOMPARE(tab->notice()->kind(), ui::NoticeLabel::Kind::Info);

        // Saying no to the question keeps the file.
        tab->setNextRemoveAnswer(false);
        QVERIFY(!tab->removeFile());
        QCOMPARE(staff::DocumentStore(*m_ws).listFor(QStringLiteral("sales_contract"), contractId).size(), 1);
        tab->setNextRemoveAnswer(true);
        QVERIFY(tab->removeFile());
        QCOMPARE(contracts->item(0, fileColumn)->text(), ui::SalesContractsTab::tr("No file"));
        QCOMPARE(tab->filesList()->topLevelItemCount(), 0);
        QVERIFY(staff::DocumentStore(*m_ws).listFor(QStringLiteral("sales_contract"), contractId).isEmpty());
        // The preview of the removed file closes with it.
        QTRY_VERIFY(!tab->previewDialog());
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_event WHERE action LIKE 'document.%' ORDER BY seq")));
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        // The saved copy (no longer encrypted) is on record; the refused save into a missing folder is not.
        QCOMPARE(actions, (QStringList{QStringLiteral("document.attach"), QStringLiteral("document.export"),
                                       QStringLiteral("document.remove")}));
    }

    void contractPdfIsPreviewed()
    {
        if (!ui::DocumentPreview::rendersPdf())
            QSKIP("built without Qt PDF");
        ui::CustomerDialog dialog(*m_ws, m_actor, customerId());
        ui::SalesContractsTab *tab = dialog.activityTabs()->salesContracts();
        QCOMPARE(tab->contractsTable()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("HT-2026-001.pdf"));
        {
            QPdfWriter pdf(path);
            QPainter painter(&pdf);
            painter.drawText(QPointF(200, 200), QStringLiteral("Sales contract HT-2026-001"));
        }
        tab->setNextAttachment(path);
        QVERIFY(tab->attachFile(0));
        QVERIFY(tab->previewFile());
        QVERIFY(tab->preview()->hasPicture());
        tab->setNextRemoveAnswer(true);
        QVERIFY(tab->removeFile());
    }

    void followUpIsCorrectedFromItsTab()
    {
        const QString id = customerId();
        QVERIFY(!id.isEmpty());
        customers::FollowUp f;
        f.customerId = id;
        f.occurredAt = QDateTime::currentDateTime().addDays(-1);
        f.channel = QStringLiteral("phone");
        f.summary = QStringLiteral("电话沟通报价");
        f.byEmployeeId = QStringLiteral("e-zw");
        const auto added = customers::CustomerActivityService(*m_ws).addFollowUp(m_actor, f);
        QVERIFY2(added.ok, qPrintable(added.error));

        ui::CustomerDialog dialog(*m_ws, m_actor, id);
        QTableWidget *followUps = dialog.activityTabs()->followUpsTable();
        int row = -1;
        for (int i = 0; i < followUps->rowCount(); ++i)
            if (followUps->item(i, 0)->data(Qt::UserRole).toString() == added.id)
                row = i;
        QVERIFY(row >= 0);

        // An empty summary is refused like on add: the form stays open with the reason.
        QString refusal;
        dialog.activityTabs()->setDialogHook([&](ui::RecordFormDialog *form) {
            form->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setPlainText(QString());
            if (!form->submit())
                refusal = form->messageLabel()->text();
            return true;
        });
        QVERIFY(!dialog.activityTabs()->editFollowUp(row));
        QVERIFY(!refusal.isEmpty());

        const QDate due = QDate::currentDate().addDays(2);
        QString shownSummary;
        dialog.activityTabs()->setDialogHook([&](ui::RecordFormDialog *form) {
            shownSummary = form->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->toPlainText();
            form->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setPlainText(QStringLiteral("电话沟通报价，客户要求降价"));
            form->findChild<QLineEdit *>(QStringLiteral("nextStep"))->setText(QStringLiteral("重新报价"));
            form->findChild<QDateEdit *>(QStringLiteral("nextStepDue"))->setDate(due);
            if (form->submit())
                form->accept();
            return true;
        });
        QVERIFY(dialog.activityTabs()->editFollowUp(row));
        QCOMPARE(shownSummary, f.summary); // the form opened with the stored values
        const customers::FollowUp stored = customers::CustomerActivityService(*m_ws).followUps(id, 1).value(0);
        QCOMPARE(stored.id, added.id);
        QCOMPARE(stored.summary, QStringLiteral("电话沟通报价，客户要求降价"));
        QCOMPARE(stored.nextStepDue, due);
        QCOMPARE(stored.version, qint64(2));
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_event WHERE action = 'follow_up.update'")) && q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("occurred_at"))); // untouched fields are not in it
        bool shown = false;
        for (int i = 0; i < followUps->rowCount(); ++i)
            shown = shown || followUps->item(i, 4)->text().contains(due.toString(Qt::ISODate));
        QVERIFY(shown);
    }

private:
    QString customerId()
    {
        QSqlQuery q(m_ws->db());
        return q.exec(QStringLiteral("SELECT id FROM customer WHERE credit_code = '%1'").arg(HengdaCode)) && q.next()
            ? q.value(0).toString()
            : QString();
    }

    void insertEmployee(const QString &id, const QString &no, const QString &name)
    {
        QSqlQuery q(m_ws->db());
        q.prepare(QStringLiteral("INSERT INTO employee (id, employee_no, name, gender, id_number, status, updated_at) "
                                 "VALUES (?, ?, ?, 'male', ?, 'active', '2026-01-01T00:00:00.000Z')"));
        q.addBindValue(id);
        q.addBindValue(no);
        q.addBindValue(name);
        q.addBindValue(QStringLiteral("ID-") + no);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    test::TempWorkspace m_ws;
    const commands::Actor m_actor{QStringLiteral("u-1"), QStringLiteral("王芳"), QStringLiteral("sales_manager")};
};

QTEST_MAIN(TestCustomerDialog)
#include "TestCustomerDialog.moc"
