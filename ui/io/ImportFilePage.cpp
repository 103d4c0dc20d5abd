#include "ui/io/ImportFilePage.h"

#include "ui/NoticeLabel.h"
#include "ui/io/ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hrdesk::ui {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_staff(new QRadioButton(tr("&Staff"), this))
    , m_customers(new QRadioButton(tr("&Customers"), this))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_format(new QLabel(this))
    , m_message(new NoticeLabel(NoticeLabel::Kind::Error, this))
{
    setTitle(tr("What and from which file"));
    setSubTitle(tr("CSV (UTF-8 or GB18030/GBK as Excel writes it on Chinese Windows) or Excel workbooks (.xlsx)."));
    m_path->setObjectName(QStringLiteral("path"));
    m_message->setVisible(false);
    m_format->setObjectName(QStringLiteral("format"));

    auto *targets = new QHBoxLayout;
    targets->addWidget(m_staff);
    targets->addWidget(m_customers);
    targets->addStretch(1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    auto *form = new QFormLayout;
    form->addRow(tr("Import:"), targets);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_format->clear();
        m_message->showMessage(QString());
        emit completeChanged();
    });
}

io::ImportTarget ImportFilePage::target() const
{
    return m_staff->isChecked() ? io::ImportTarget::Staff : io::ImportTarget::Customers;
}

void ImportFilePage::setTarget(io::ImportTarget target)
{
    (target == io::ImportTarget::Staff ? m_staff : m_customers)->setChecked(true);
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::chooseFile()
{
    QString path = m_nextFileName;
    m_nextFileName.clear();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import from"), filePath(),
                                            tr("Tables (*.xlsx *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    QString error;
    if (!m_wizard->readFile(&error)) {
        m_message->showMessage(error);
        return false;
    }
    m_format->setText(m_wizard->detectedFormat());
    m_message->showMessage(QString());
    return true;
}

} // namespace hrdesk::ui
