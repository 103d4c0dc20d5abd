#include "ui/ModalProgress.h"

#include <QApplication>
#include <QProgressDialog>

namespace hrdesk::ui {

bool ModalProgress::step(QProgressDialog &dialog, qint64 done, qint64 total,
                         const std::function<bool(qint64, qint64)> &observer)
{
    if (total > 0) {
        // Fractions of a large total: QProgressDialog takes int.
        dialog.setMaximum(1000);
        dialog.setValue(int(qMin<qint64>(999, done * 1000 / total)));
    }
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QApplication::processEvents(); // the Cancel button
    if (observer && !observer(done, total))
        return false;
    return !dialog.wasCanceled();
}

} // namespace hrdesk::ui
