#pragma once

#include "core/commands/Actor.h"
#include "core/io/ImportTarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace hrdesk {
class Workspace;
}

namespace hrdesk::io {

// The rows of a list as the user sees them: headers, then one row of display strings per call
// of next() until it returns false. The list models fill it; the exporter does not know them.
struct ExportTable
{
    QStringList headers;
    std::function<bool(QStringList &row)> next;
};

// Exports a list to CSV or XLSX. Every export needs a reason, names who exported it and when in
// the file (a first line in CSV; a first row and the printed header/footer in XLSX) and is an
// audit event (staff.export / customer.export) with the row count. A failed export leaves no
// file, and an export whose audit event cannot be written is removed.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::Exporter)

public:
    enum class Format { Csv, Xlsx };

    struct Request
    {
        ImportTarget list = ImportTarget::Staff; // which list: staff or customers
        Format format = Format::Xlsx;
        QString path;
        QString reason;
        ExportTable table;
        // Called every few hundred rows with the rows written and the rows expected (0 when
        // unknown); returning false cancels the export, which then leaves no file.
        std::function<bool(qint64 done, qint64 total)> progress;
        qint64 expectedRows = 0;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        int rows = 0;
    };

    explicit Exporter(Workspace &workspace);

    Result exportTable(const commands::Actor &actor, Request request);

    // By file name: .xlsx is XLSX, anything else CSV.
    static Format formatForPath(const QString &path);
    // "Exported by 张三 (E0001) at 2026-11-27 21:00; reason: …", as written into the file.
    static QString infoLine(const QString &name, const QString &employeeNo, const QDateTime &when, const QString &reason);

    // The time written into files; tests fix it.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QString employeeNoOf(const commands::Actor &actor) const;

    Workspace &m_workspace;
    QDateTime m_now;
};

} // namespace hrdesk::io
