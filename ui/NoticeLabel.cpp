#include "ui/NoticeLabel.h"

namespace hrdesk::ui {

NoticeLabel::NoticeLabel(Kind kind, QWidget *parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
    setKind(kind);
    hide();
}

void NoticeLabel::setKind(Kind kind)
{
    m_kind = kind;
    switch (kind) {
    case Kind::Info:
        setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; color: #123a63; border: 1px solid #9cc1e8; border-radius: 4px; }"));
        break;
    case Kind::Warning:
        setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid #e0b040; border-radius: 4px; }"));
        break;
    case Kind::Error:
        setStyleSheet(QStringLiteral("QLabel { background: #fde7e7; color: #7a1010; border: 1px solid #e08080; border-radius: 4px; }"));
        break;
    }
}

void NoticeLabel::showMessage(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace hrdesk::ui
