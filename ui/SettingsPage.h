#pragma once

#include <QWidget>

class QComboBox;

namespace hrdesk::ui {

class NoticeLabel;

// Desk preferences kept in QSettings. The language applies at the next start: retranslating
// every open widget live is not worth its bugs for a setting changed once.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

private:
    void languageChosen(int index);

    QComboBox *m_language;
    NoticeLabel *m_note;
};

} // namespace hrdesk::ui
