#pragma once

class QWidget;

namespace hrdesk::ui {

// Word-wrapped labels report their height for a width they guess, not the width the dialog
// ends up with, so top-level dialogs cut long (Chinese) notices short. fit() sizes a dialog
// from its layout's height-for-width at the real width, and keeps it from shrinking below it.
class DialogSizer
{
public:
    static void fit(QWidget *dialog);
};

} // namespace hrdesk::ui
