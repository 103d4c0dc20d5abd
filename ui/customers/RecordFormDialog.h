#pragma once

#include <QDialog>

#include <functional>

class QFormLayout;
class QPushButton;
class QShowEvent;

namespace hrdesk::customers {
struct SaveResult;
}

namespace hrdesk::ui {

class NoticeLabel;

// A small form for one record around a customer (a contact, a follow-up, a deal, a contract):
// labelled fields and an OK that runs the write. The dialog stays open with the reason on screen
// until the write succeeds, so nothing typed is lost on a refusal.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns an empty string when the record was written, otherwise why not (translated).
    using Submit = std::function<QString()>;

    RecordFormDialog(const QString &title, QWidget *parent = nullptr);

    void addRow(const QString &label, QWidget *field);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    // Runs the write; false with the reason on screen.
    bool submit();
    // What a Submit returns for a service's answer: empty when written, else the field errors
    // (one a line) or the general error.
    static QString reason(const customers::SaveResult &result);

    QPushButton *okButton() const { return m_ok; }
    NoticeLabel *messageLabel() const { return m_message; }

protected:
    // Sizes the dialog once it is polished: before that the style's field heights are not known
    // and a long form came out too short, squeezing a row flat.
    void showEvent(QShowEvent *event) override;

private:
    QFormLayout *m_form;
    NoticeLabel *m_message;
    QPushButton *m_ok;
    Submit m_submit;
};

} // namespace hrdesk::ui
