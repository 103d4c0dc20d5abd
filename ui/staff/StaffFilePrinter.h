#pragma once

#include "core/commands/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

class QPainter;
class QPrinter;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

// Prints a staff file — details (masked as masking::EmployeeMasking says unless revealed),
// labour contracts and the timeline — with a diagonal watermark on every page naming who printed it and when
// ("王芳 (E0001) 打印于 2026-11-27 21:40"). Every print is an audit event (employee.print); a PDF
// whose event cannot be written is deleted.
class StaffFilePrinter
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::ui::StaffFilePrinter)

public:
    StaffFilePrinter(Workspace &workspace, commands::Actor actor);

    // Clear values the user revealed (field → value); printed instead of the masks.
    void setRevealed(const QHash<QString, QString> &revealed) { m_revealed = revealed; }
    // The time printed in the watermark; tests fix it.
    void setNow(const QDateTime &now) { m_now = now; }

    // Renders onto a configured printer (QPrintDialog) and records the audit event.
    bool print(QPrinter &printer, const QString &employeeId, QString *error);
    // The same into a PDF file.
    bool printToPdf(const QString &path, const QString &employeeId, QString *error);

    QString watermarkText() const;
    int pageCount() const { return m_pages; }

private:
    bool render(QPrinter &printer, const QString &employeeId, QString *error);
    void drawWatermark(QPainter &painter, const QRect &page) const;
    QString printerEmployeeNo() const;
    QDateTime now() const;

    Workspace &m_workspace;
    commands::Actor m_actor;
    QHash<QString, QString> m_revealed;
    QDateTime m_now;
    int m_pages = 0;
};

} // namespace hrdesk::ui
