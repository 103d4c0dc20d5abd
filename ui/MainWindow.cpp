#include "ui/MainWindow.h"

#include "core/identity/LocalUserDirectory.h"
#include "ui/AuditLogPage.h"
#include "ui/OverviewPage.h"
#include "ui/SettingsPage.h"
#include "ui/UiLogging.h"
#include "ui/staff/StaffPage.h"
#include "ui/customers/CustomerPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFrame>
#include <QScreen>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace hrdesk::ui {

namespace {

constexpr int SectionIdRole = Qt::UserRole + 1;

QString geometryKey() { return QStringLiteral("mainWindow/geometry"); }
QString stateKey() { return QStringLiteral("mainWindow/state"); }
QString sectionKey() { return QStringLiteral("mainWindow/section"); }

} // namespace

MainWindow::MainWindow(StartupFlow::Session session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(*m_session.workspace, m_session, this))
    , m_auditLog(new AuditLogPage(*m_session.workspace, this))
    , m_settings(new SettingsPage(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    const QString fileName = QFileInfo(m_session.workspace->database().path()).fileName();
    // A demo database signs in without a password: the title says so on every screen.
    setWindowTitle(m_session.workspace->isDemo() ? tr("HR Desk — %1 (demo data, not for real records)").arg(fileName)
                                                 : tr("HR Desk — %1").arg(fileName));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_navigation->setIconSize(QSize(style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2,
                                    style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2));
    m_navigation->setSpacing(2);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    // Only sections whose features exist: staff, customers, handovers, roles and sync come later.
    addSection(OverviewSection, style()->standardIcon(QStyle::SP_ComputerIcon), tr("Overview"), m_overview);
    addSection("staff", style()->standardIcon(QStyle::SP_DirIcon), tr("Staff"),
               new StaffPage(*m_session.workspace,
                             {m_session.user.id, m_session.user.displayName, m_session.user.role}, this));
    addSection("customers", style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Customers"),
               new CustomerPage(*m_session.workspace,
                                {m_session.user.id, m_session.user.displayName, m_session.user.role}, this));
    addSection(AuditLogSection, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Audit log"),
               m_auditLog);
    addSection(SettingsSection, style()->standardIcon(QStyle::SP_FileDialogInfoView), tr("Settings"),
               m_settings);
    // Wide enough for the longest section name in the current language, no fixed pixels.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 4 * m_navigation->frameWidth()
                                + fontMetrics().averageCharWidth() * 4);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_overview)
            m_overview->refresh();
        else if (m_pages->widget(index) == m_auditLog)
            m_auditLog->refresh();
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildStatusBar();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The pages' models hold connections to the session's database: they go first.
    delete takeCentralWidget();
}

void MainWindow::addSection(const char *id, const QIcon &icon, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(SectionIdRole, QString::fromLatin1(id));
    page->setObjectName(QString::fromLatin1(id) + QStringLiteral("-page"));
    m_pages->addWidget(page);
}

QStringList MainWindow::sectionIds() const
{
    QStringList ids;
    for (int i = 0; i < m_navigation->count(); ++i)
        ids.append(m_navigation->item(i)->data(SectionIdRole).toString());
    return ids;
}

QString MainWindow::currentSectionId() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(SectionIdRole).toString() : QString();
}

void MainWindow::showSection(const QString &id)
{
    const int row = static_cast<int>(sectionIds().indexOf(id));
    m_navigation->setCurrentRow(row < 0 ? 0 : row);
}

void MainWindow::buildStatusBar()
{
    const identity::LocalUser &user = m_session.user;
    const bool passphrase = m_session.protection == WorkspaceOpener::Protection::Passphrase;
    const QStringList parts = {
        tr("User: %1").arg(user.displayName),
        tr("Role: %1").arg(identity::LocalUserDirectory::roleDisplayName(user.role)),
        tr("Database: %1").arg(QFileInfo(m_session.workspace->database().path()).fileName()),
        passphrase ? tr("Key: passphrase") : tr("Key: keychain"),
    };
    for (const QString &part : parts) {
        if (&part != &parts.constFirst()) {
            auto *separator = new QFrame(this);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        auto *label = new QLabel(part, this);
        label->setContentsMargins(fontMetrics().averageCharWidth(), 0, fontMetrics().averageCharWidth(), 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey()).toByteArray())) {
        // First start: most of the screen, whatever its resolution and scaling.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 4 / 5);
        move(available.center() - rect().center());
    }
    restoreState(settings.value(stateKey()).toByteArray());
    showSection(settings.value(sectionKey(), QString::fromLatin1(OverviewSection)).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(sectionKey(), currentSectionId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    qCInfo(lcUi) << "main window closed";
    QMainWindow::closeEvent(event);
}

} // namespace hrdesk::ui
