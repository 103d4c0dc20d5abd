#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace hrdesk::ui {

// Asks for the date a status change takes effect and an optional note (e.g. "转正", "离职").
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QDate date() const;
    QString note() const;

    // The menu text of the action from one status to another ("Confirm probation…").
    static QString actionText(const QString &fromStatus, const QString &toStatus);

private:
    QDateEdit *m_date;
    QLineEdit *m_note;
};

} // namespace hrdesk::ui
