#include "ui/RecoveryKeyDialog.h"

#include "ui/NoticeLabel.h"
#include "ui/UiLogging.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace hrdesk::ui {

QString RecoveryKeyDialog::s_nextFileName;

RecoveryKeyDialog::RecoveryKeyDialog(const QString &databasePath, const QString &recoveryKey, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_recoveryKey(recoveryKey)
    , m_keyView(new QPlainTextEdit(recoveryKey, this))
    , m_stored(new QCheckBox(tr("I have stored the recovery key"), this))
    , m_status(new NoticeLabel(NoticeLabel::Kind::Info, this))
{
    setWindowTitle(tr("Recovery key"));
    auto *intro = new QLabel(tr("This is the recovery key of the new database. It is shown only this once.\n\n"
                                "If the keychain entry or the passphrase is ever lost, the recovery key is "
                                "the only way to open the database. Print it or save it to a file and keep "
                                "it somewhere safe, away from this computer."),
                             this);
    intro->setWordWrap(true);

    m_keyView->setReadOnly(true);
    m_keyView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyView->setMaximumHeight(m_keyView->fontMetrics().lineSpacing() * 4);
    m_keyView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save to file…"), QDialogButtonBox::ActionRole);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setEnabled(false);
    connect(save, &QPushButton::clicked, this, &RecoveryKeyDialog::saveToFile);
    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_stored->isChecked())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keyView);
    layout->addWidget(m_status);
    layout->addWidget(m_stored);
    layout->addWidget(buttons);
}

void RecoveryKeyDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

bool RecoveryKeyDialog::saveToFile()
{
    QString fileName = s_nextFileName;
    s_nextFileName.clear();
    if (fileName.isEmpty()) {
        const QString suggested = QFileInfo(m_databasePath).completeBaseName() + QStringLiteral("-recovery-key.txt");
        fileName = QFileDialog::getSaveFileName(this, tr("Save recovery key"),
                                                QDir::home().filePath(suggested), tr("Text files (*.txt)"));
    }
    if (fileName.isEmpty())
        return false;
    QSaveFile file(fileName);
    const QString text = tr("HR Desk recovery key\nDatabase: %1\nCreated: %2\n\n%3\n")
                             .arg(QDir::toNativeSeparators(m_databasePath),
                                  QDateTime::currentDateTime().toString(Qt::ISODate), m_recoveryKey);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        qCWarning(lcUi) << "cannot save recovery key to" << fileName << file.errorString();
        m_status->setKind(NoticeLabel::Kind::Error);
        m_status->showMessage(tr("Could not save the recovery key: %1").arg(file.errorString()));
        return false;
    }
    // The file holds a key to the whole database: readable by its owner only.
    QFile::setPermissions(fileName, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_status->setKind(NoticeLabel::Kind::Info);
    m_status->showMessage(tr("The recovery key was saved to %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace hrdesk::ui
