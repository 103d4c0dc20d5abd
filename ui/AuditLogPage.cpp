#include "ui/AuditLogPage.h"

#include "core/audit/AuditChain.h"
#include "core/workspace/Workspace.h"
#include "models/AuditLogModel.h"
#include "ui/NoticeLabel.h"
#include "ui/UiLogging.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hrdesk::ui {

AuditLogPage::AuditLogPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new models::AuditLogModel(workspace.db(), this))
    , m_view(new QTableView(this))
    , m_verify(new QPushButton(tr("&Verify chain"), this))
    , m_result(new NoticeLabel(NoticeLabel::Kind::Info, this))
{
    auto *title = new QLabel(tr("Audit log"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Every change and sign-in on this desk, newest first. Events are hash-chained: "
                                "a changed or deleted event breaks the chain."),
                             this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    fitColumns();

    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyChain);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_view, 1);
}

void AuditLogPage::refresh()
{
    m_model->reload();
    fitColumns();
}

void AuditLogPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    // Contents-tight columns run into each other (CJK text has no side bearing): add air.
    const int padding = m_view->fontMetrics().averageCharWidth() * 2;
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, m_view->columnWidth(column) + padding);
}

bool AuditLogPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const audit::AuditChain::Verification v = audit::AuditChain::verify(m_workspace.db());
    QApplication::restoreOverrideCursor();
    if (v.ok) {
        m_result->setKind(NoticeLabel::Kind::Info);
        m_result->showMessage(tr("The audit chain is intact: %1 events checked.").arg(QLocale().toString(v.events)));
    } else {
        qCWarning(lcUi) << "audit chain broken at" << v.firstBadSeq << v.problem;
        m_result->setKind(NoticeLabel::Kind::Error);
        m_result->showMessage(tr("The audit chain is broken at event %1: %2").arg(v.firstBadSeq).arg(v.problem));
    }
    return v.ok;
}

} // namespace hrdesk::ui
