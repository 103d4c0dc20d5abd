#include "ui/staff/EmployeeFileDialog.h"

#include "core/staff/DepartmentDirectory.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeService.h"
#include "core/staff/EmployeeTimeline.h"
#include "core/workspace/Workspace.h"
#include "ui/NoticeLabel.h"
#include "ui/staff/ContractsTab.h"
#include "ui/staff/DocumentsTab.h"
#include "ui/staff/EmployeeDetailsTab.h"
#include "ui/staff/EmployeeDialog.h"
#include "ui/staff/StaffFilePrinter.h"
#include "ui/staff/StaffUi.h"
#include "ui/staff/StatusChangeDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hrdesk::ui {

using F = staff::EmployeeFields;

EmployeeFileDialog::EmployeeFileDialog(Workspace &workspace, commands::Actor actor, const QString &employeeId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_header(StaffUi::titleLabel(QString(), this))
    , m_subheader(new QLabel(this))
    , m_notice(new NoticeLabel(NoticeLabel::Kind::Error, this))
    , m_status(new QPushButton(tr("&Status"), this))
    , m_tabs(new QTabWidget(this))
    , m_details(new EmployeeDetailsTab(workspace, m_actor, this))
    , m_timeline(new QTreeWidget(this))
    , m_contracts(new ContractsTab(workspace, m_actor, this))
    , m_documents(new DocumentsTab(workspace, m_actor, this))
{
    setObjectName(QStringLiteral("EmployeeFileDialog"));
    m_employee.id = employeeId;
    m_subheader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMenu(new QMenu(m_status));
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *print = new QPushButton(tr("&Print file…"), this);
    connect(edit, &QPushButton::clicked, this, &EmployeeFileDialog::edit);
    connect(print, &QPushButton::clicked, this, &EmployeeFileDialog::print);

    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->setHeaderLabels({tr("When"), tr("Event"), tr("Details"), tr("By")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_contracts, tr("Contracts"));
    m_tabs->addTab(m_documents, tr("Documents"));
    connect(m_contracts, &ContractsTab::changed, this, [this] { fillTimeline(); });
    connect(m_documents, &DocumentsTab::changed, this, [this] { fillTimeline(); });

    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_header);
    headerText->addWidget(m_subheader);
    auto *header = new QHBoxLayout;
    header->addLayout(headerText, 1);
    header->addWidget(edit, 0, Qt::AlignBottom);
    header->addWidget(m_status, 0, Qt::AlignBottom);
    header->addWidget(print, 0, Qt::AlignBottom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 40);
    reload();
}

void EmployeeFileDialog::reload()
{
    const std::optional<staff::Employee> found = staff::EmployeeService(m_workspace).find(m_employee.id);
    if (!found) {
        m_notice->showMessage(tr("This employee no longer exists."));
        return;
    }
    m_employee = *found;
    setWindowTitle(tr("Staff file — %1").arg(m_employee.name));
    m_header->setText(tr("%1 (%2)").arg(m_employee.name, m_employee.employeeNo));
    const QString department = staff::DepartmentDirectory(m_workspace.db()).pathOf(m_employee.departmentId);
    m_subheader->setText(tr("%1 · %2 · %3 since %4")
                             .arg(department.isEmpty() ? tr("no department") : department,
                                  m_employee.position.isEmpty() ? tr("no position") : m_employee.position,
                                  F::statusLabel(m_employee.status), StaffUi::dateText(m_employee.statusChangedAt)));
    m_details->setEmployee(m_employee);
    m_contracts->setEmployee(m_employee.id);
    m_documents->setEmployee(m_employee.id);
    fillTimeline();
    fillStatusMenu();
}

void EmployeeFileDialog::fillTimeline()
{
    m_timeline->clear();
    const QList<staff::TimelineEntry> entries = staff::EmployeeTimeline(m_workspace.db()).entries(m_employee.id);
    for (const staff::TimelineEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_timeline, {entry.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                      entry.title, entry.detail, entry.actor});
        // Long details (a transfer names both departments) are cut in the column: whole in the tooltip.
        item->setToolTip(2, entry.detail);
    }
}

void EmployeeFileDialog::fillStatusMenu()
{
    QMenu *menu = m_status->menu();
    menu->clear();
    const QStringList targets = staff::EmployeeService::allowedTransitions(m_employee.status);
    for (const QString &target : targets) {
        const QString text = StatusChangeDialog::actionText(m_employee.status, target);
        QAction *action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, target, text] {
            StatusChangeDialog dialog(QString(text).remove(QStringLiteral("…")),
                                      tr("%1: from %2 to %3. The change takes effect on the date below.")
                                          .arg(m_employee.name, F::statusLabel(m_employee.status),
                                               F::statusLabel(target)),
                                      this);
            if (dialog.exec() == QDialog::Accepted)
                changeStatus(target, dialog.date(), dialog.note());
        });
    }
    m_status->setEnabled(!targets.isEmpty());
}

bool EmployeeFileDialog::changeStatus(const QString &newStatus, QDate date, const QString &note)
{
    const staff::StaffResult result =
        staff::EmployeeService(m_workspace).changeStatus(m_actor, m_employee.id, newStatus, date, note);
    if (!result.ok) {
        QStringList messages;
        for (const validation::FieldError &error : result.fieldErrors)
            messages.append(error.message);
        m_notice->showMessage(messages.isEmpty() ? result.error : messages.join(QLatin1Char('\n')));
        return false;
    }
    m_notice->showMessage(QString());
    reload();
    emit changed();
    return true;
}

void EmployeeFileDialog::edit()
{
    EmployeeDialog dialog(m_workspace, m_actor, m_employee.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit changed();
    }
}

void EmployeeFileDialog::print()
{
    StaffFilePrinter printer(m_workspace, m_actor);
    printer.setRevealed(m_details->revealed());
    QString error;
    bool ok = false;
    if (!QPrinterInfo::availablePrinters().isEmpty()) {
        QPrinter device(QPrinter::HighResolution);
        QPrintDialog dialog(&device, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = printer.print(device, m_employee.id, &error);
    } else {
        // No printer installed (common on branch-office laptops): print to a PDF file.
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("Staff file %1 %2.pdf").arg(m_employee.employeeNo, m_employee.name));
        const QString path = QFileDialog::getSaveFileName(this, tr("Print staff file to PDF"), suggested,
                                                          tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        ok = printer.printToPdf(path, m_employee.id, &error);
    }
    if (!ok) {
        m_notice->setKind(NoticeLabel::Kind::Error);
        m_notice->showMessage(error);
        return;
    }
    m_notice->setKind(NoticeLabel::Kind::Info);
    m_notice->showMessage(tr("Printed %n page(s); the print is recorded in the audit log.", nullptr,
                             printer.pageCount()));
    fillTimeline();
}

} // namespace hrdesk::ui
