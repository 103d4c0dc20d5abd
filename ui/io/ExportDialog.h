#pragma once

#include "core/commands/Actor.h"
#include "core/io/Exporter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class NoticeLabel;

// Exports the current list (staff or customers) to CSV or XLSX through io::Exporter: asks why
// (required: the reason is written into the file and the audit event), which format and where,
// then says how many rows were written. The table is built when the user presses Export, so it
// reflects the list's search and filters at that moment.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    using TableFactory = std::function<io::ExportTable()>;

    ExportDialog(Workspace &workspace, commands::Actor actor, io::ImportTarget list, TableFactory tableFactory,
                 int expectedRows, QWidget *parent = nullptr);

    // Test seam: the next "Choose…" answers this file name instead of opening a file dialog.
    void setNextFileName(const QString &path) { m_nextFileName = path; }
    // Test seam: the time written into the file.
    void setNow(const QDateTime &now) { m_now = now; }
    // Test seam: sees every progress step of the export; returning false cancels it.
    void setProgressObserver(std::function<bool(qint64 done, qint64 total)> observer)
    {
        m_observer = std::move(observer);
    }

    // Runs the export with the dialog's inputs; false (with the reason on screen) when refused.
    bool runExport();
    const io::Exporter::Result &result() const { return m_result; }

    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *exportButton() const { return m_export; }
    NoticeLabel *messageLabel() const { return m_message; }

private:
    void chooseFile();
    void formatChanged();
    io::Exporter::Format format() const;
    QString suffix() const;

    std::function<bool(qint64, qint64)> m_observer;
    Workspace &m_workspace;
    commands::Actor m_actor;
    io::ImportTarget m_list;
    TableFactory m_tableFactory;
    int m_expectedRows;
    QString m_nextFileName;
    QDateTime m_now;
    io::Exporter::Result m_result;

    QLineEdit *m_reason;
    QComboBox *m_format;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
    NoticeLabel *m_message;
};

} // namespace hrdesk::ui
