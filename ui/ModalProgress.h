#pragma once

#include <QtGlobal>

#include <functional>

class QProgressDialog;

namespace hrdesk::ui {

// One step of a long operation that runs on the UI thread behind a modal QProgressDialog
// (imports and exports, which write inside one command and cannot leave the thread of their
// connection): shows done of total, keeps the window painted and the Cancel button working.
// observer, when set, is a test seam that sees every step and may cancel. Returns false when
// the user (or the observer) cancelled.
class ModalProgress
{
public:
    static bool step(QProgressDialog &dialog, qint64 done, qint64 total,
                     const std::function<bool(qint64, qint64)> &observer = {});
};

} // namespace hrdesk::ui
