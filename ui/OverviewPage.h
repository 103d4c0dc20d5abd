#pragma once

#include "ui/StartupFlow.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace hrdesk::ui {

class NoticeLabel;

// What this desk has open: the database file, how it is encrypted and how its key is kept,
// who is signed in, and how much is in it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Workspace &workspace, const StartupFlow::Session &session, QWidget *parent = nullptr);

    // Re-reads the counts (they change as others write through sync or the admin tool).
    void refresh();

    QLabel *staffCountLabel() const { return m_employees; }
    NoticeLabel *keyNotice() const { return m_keyNotice; }

private:
    QLabel *addValue(QFormLayout *form, const QString &label);

    Workspace &m_workspace;
    const StartupFlow::Session &m_session;
    NoticeLabel *m_keyNotice;
    QLabel *m_file = nullptr;
    QLabel *m_encryption = nullptr;
    QLabel *m_keyProtection = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_databaseId = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_departments = nullptr;
    QLabel *m_employees = nullptr;
    QLabel *m_customers = nullptr;
    QLabel *m_auditEvents = nullptr;
};

} // namespace hrdesk::ui
