#include "ui/DialogSizer.h"

#include <QLayout>
#include <QWidget>

namespace hrdesk::ui {

void DialogSizer::fit(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int width = dialog->isVisible() ? dialog->width()
                                          : qMax(dialog->minimumWidth(), layout->totalSizeHint().width());
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalSizeHint().height();
    dialog->setMinimumHeight(height);
    dialog->resize(width, qMax(height, dialog->isVisible() ? dialog->height() : 0));
}

} // namespace hrdesk::ui
