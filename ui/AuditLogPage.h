#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::models {
class AuditLogModel;
}

namespace hrdesk::ui {

class NoticeLabel;

// The audit chain as a table, newest first, with a check that the chain is unbroken.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(Workspace &workspace, QWidget *parent = nullptr);

    void refresh();
    // Runs AuditChain::verify and shows the outcome; returns whether the chain is intact.
    bool verifyChain();

    models::AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *verifyButton() const { return m_verify; }
    NoticeLabel *resultLabel() const { return m_result; }

private:
    void fitColumns();

    Workspace &m_workspace;
    models::AuditLogModel *m_model;
    QTableView *m_view;
    QPushButton *m_verify;
    NoticeLabel *m_result;
};

} // namespace hrdesk::ui
