#pragma once

#include "ui/StartupFlow.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace hrdesk::ui {

class AuditLogPage;
class OverviewPage;
class SettingsPage;

// The desk after sign-in: a navigation list of the sections that exist and a page per section.
// Owns the session (and so the open database) for its lifetime.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Stable ids, stored in the settings as the last section.
    static constexpr const char *OverviewSection = "overview";
    static constexpr const char *AuditLogSection = "audit-log";
    static constexpr const char *SettingsSection = "settings";

    explicit MainWindow(StartupFlow::Session session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList sectionIds() const;
    QString currentSectionId() const;
    void showSection(const QString &id);

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    OverviewPage *overviewPage() const { return m_overview; }
    AuditLogPage *auditLogPage() const { return m_auditLog; }
    SettingsPage *settingsPage() const { return m_settings; }
    Workspace &workspace() { return *m_session.workspace; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addSection(const char *id, const QIcon &icon, const QString &title, QWidget *page);
    void buildStatusBar();
    void restoreSettings();
    void saveSettings() const;

    StartupFlow::Session m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    AuditLogPage *m_auditLog;
    SettingsPage *m_settings;
};

} // namespace hrdesk::ui
