#pragma once

#include "core/commands/Actor.h"
#include "core/io/ImportPlan.h"
#include "core/io/Importer.h"

#include <QWizard>

class QProgressDialog;

#include <functional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportResultPage;

// Imports staff or customers from CSV (UTF-8, GB18030 — detected and shown) or XLSX:
// target and file → column mapping (proposed from the headers, remembered per target and header
// set) → preview (every row checked; errors with the row as Excel numbers it; departments that
// will be created; valid/invalid counts; all valid rows or only when every row is valid) → the
// import itself with progress and Cancel (cancel rolls everything back) → result with the error
// report to save. Reading and writing run on the GUI thread (the workspace's connection belongs
// to it) and keep the window alive by processing events from the progress callback.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, ResultPage };

    ImportWizard(Workspace &workspace, commands::Actor actor, io::ImportTarget target, QWidget *parent = nullptr);

    Workspace &workspace() { return m_workspace; }
    io::ImportTarget target() const;
    void setTarget(io::ImportTarget target);

    // The file chosen on the first page.
    QString filePath() const;
    void setFilePath(const QString &path);
    // Test seam: the next "Choose…" answers this instead of opening a file dialog.
    void setNextFileName(const QString &path);
    // Test seam: the next "Save error report…" writes here instead of asking.
    void setNextReportFileName(const QString &path);
    // Test seam: observes the progress of reading and importing; returning false cancels as the
    // Cancel button would.
    void setProgressObserver(std::function<bool(qint64 done, qint64 total)> observer)
    {
        m_observer = std::move(observer);
    }

    // Read the headers of the file; false with the reason (translated).
    bool readFile(QString *error);
    io::ColumnMapping &mapping() { return m_mapping; }
    const io::ImportPlan &plan() const { return m_plan; }
    // Reads and checks every row with the current mapping (nothing is written).
    bool prepare();
    // Writes the plan; skipInvalid: import the valid rows even when some are invalid.
    io::Importer::Result execute(bool skipInvalid);
    const io::Importer::Result &result() const { return m_result; }
    int imported() const { return m_result.ok ? m_result.imported : 0; }
    QString detectedFormat() const { return m_format; }
    int headerRow() const { return m_headerRow; }
    QList<QStringList> sampleRows() const { return m_samples; }

    // The remembered mapping is stored under the target and the exact header set.
    static QString settingsKey(io::ImportTarget target, const QStringList &headers);
    void rememberMapping() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportResultPage *resultPage() const { return m_resultPage; }

private:
    bool progress(QProgressDialog &dialog, qint64 done, qint64 total);

    Workspace &m_workspace;
    commands::Actor m_actor;
    io::ColumnMapping m_mapping;
    io::ImportPlan m_plan;
    io::Importer::Result m_result;
    QString m_format;
    int m_headerRow = 0;
    QList<QStringList> m_samples;
    std::function<bool(qint64, qint64)> m_observer;
    QString m_nextReportFileName;

    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportPreviewPage *m_previewPage;
    ImportResultPage *m_resultPage;

    friend class ImportResultPage;
};

} // namespace hrdesk::ui
