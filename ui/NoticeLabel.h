#pragma once

#include <QLabel>

namespace hrdesk::ui {

// A word-wrapped message box inside a form: errors and warnings must be seen, not just logged,
// so they get a coloured background that also works with dark palettes.
class NoticeLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeLabel(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Shows the text, or hides the label when the text is empty.
    void showMessage(const QString &text);

private:
    Kind m_kind;
};

} // namespace hrdesk::ui
