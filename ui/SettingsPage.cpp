#include "ui/SettingsPage.h"

#include "translations/TranslationLoader.h"
#include "ui/NoticeLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace hrdesk::ui {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_note(new NoticeLabel(NoticeLabel::Kind::Info, this))
{
    auto *title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("Automatic (system language)"), QString::fromLatin1(TranslationLoader::Automatic));
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("简体中文"), QString::fromLatin1(TranslationLoader::Chinese));
    m_language->addItem(QStringLiteral("English"), QString::fromLatin1(TranslationLoader::English));
    const QString current = TranslationLoader::storedLanguage();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);

    auto *appearance = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(appearance);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), m_language);
    auto *hint = new QLabel(tr("A change of language is applied the next time HR Desk starts."), appearance);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(appearance);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void SettingsPage::languageChosen(int index)
{
    TranslationLoader::storeLanguage(m_language->itemData(index).toString());
    m_note->showMessage(tr("Saved. Restart HR Desk to use the new language."));
}

} // namespace hrdesk::ui
