#include "ui/staff/StaffFilePrinter.h"

#include "core/staff/ContractService.h"
#include "core/staff/EmployeeFields.h"
#include "core/staff/EmployeeService.h"
#include "core/staff/EmployeeTimeline.h"
#include "core/workspace/Workspace.h"
#include "ui/UiLogging.h"
#include "ui/staff/StaffUi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPrinter>

#include <functional>

namespace hrdesk::ui {

namespace {

// Lays text out top to bottom, starting a new page (with its watermark) when one is full.
class PageWriter
{
public:
    PageWriter(QPainter &painter, QPrinter &printer, std::function<void()> finishPage)
        : m_painter(painter), m_printer(printer), m_finishPage(std::move(finishPage))
        , m_area(printer.pageLayout().paintRectPixels(printer.resolution()).translated(
              -printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()))
        , m_y(m_area.top())
    {
    }

    void text(const QString &text, const QFont &font, int indent = 0, int spaceAfter = 0)
    {
        m_painter.setFont(font);
        const QRect room(m_area.left() + indent, 0, m_area.width() - indent, m_area.height());
        const QRect needed = m_painter.boundingRect(room, Qt::TextWordWrap, text);
        ensure(needed.height());
        m_painter.drawText(QRect(room.left(), m_y, room.width(), needed.height()), Qt::TextWordWrap, text);
        m_y += needed.height() + spaceAfter;
    }

    // Label and value side by side (the value wraps in its own column).
    void pair(const QString &label, const QString &value, const QFont &font, int labelWidth)
    {
        m_painter.setFont(font);
        const QRect valueRoom(m_area.left() + labelWidth, 0, m_area.width() - labelWidth, m_area.height());
        const int height = m_painter.boundingRect(valueRoom, Qt::TextWordWrap, value).height();
        ensure(height);
        m_painter.drawText(QRect(m_area.left(), m_y, labelWidth, height), Qt::AlignLeft, label);
        m_painter.drawText(QRect(valueRoom.left(), m_y, valueRoom.width(), height), Qt::TextWordWrap, value);
        m_y += height;
    }

    void space(int pixels) { m_y += pixels; }
    const QRect &area() const { return m_area; }
    int pages() const { return m_pages; }

private:
    void ensure(int height)
    {
        if (m_y + height <= m_area.bottom() || m_y == m_area.top())
            return;
        m_finishPage();
        m_printer.newPage();
        ++m_pages;
        m_y = m_area.top();
    }

    QPainter &m_painter;
    QPrinter &m_printer;
    std::function<void()> m_finishPage;
    QRect m_area;
    int m_y;
    int m_pages = 1;
};

} // namespace

StaffFilePrinter::StaffFilePrinter(Workspace &workspace, commands::Actor actor)
    : m_workspace(workspace)
    , m_actor(std::move(actor))
{
}

QDateTime StaffFilePrinter::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QString StaffFilePrinter::printerEmployeeNo() const
{
    return staff::EmployeeService(m_workspace).employeeNoOfUser(m_actor.id);
}

QString StaffFilePrinter::watermarkText() const
{
    const QString when = now().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString number = printerEmployeeNo();
    return number.isEmpty() ? tr("%1 printed at %2").arg(m_actor.name, when)
                            : tr("%1 (%2) printed at %3").arg(m_actor.name, number, when);
}

void StaffFilePrinter::drawWatermark(QPainter &painter, const QRect &page) const
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(26);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(160, 160, 160, 110));
    const QString text = watermarkText();
    painter.translate(page.center());
    painter.rotate(-35);
    const int width = painter.fontMetrics().horizontalAdvance(text);
    const int step = painter.fontMetrics().height() * 5;
    // Three lines across the page so that cutting one out of a copy does not remove it.
    for (int line = -1; line <= 1; ++line)
        painter.drawText(QPoint(-width / 2, line * step), text);
    painter.restore();
}

bool StaffFilePrinter::printToPdf(const QString &path, const QString &employeeId, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setCreator(QStringLiteral("HR Desk"));
    printer.setDocName(tr("Staff file"));
    if (!print(printer, employeeId, error)) {
        QFile::remove(path);
        return false;
    }
    return true;
}

bool StaffFilePrinter::print(QPrinter &printer, const QString &employeeId, QString *error)
{
    if (!render(printer, employeeId, error))
        return false;
    const commands::CommandResult recorded = staff::EmployeeService(m_workspace).recordPrint(
        m_actor, employeeId, m_pages,
        printer.outputFormat() == QPrinter::PdfFormat ? QStringLiteral("pdf") : QStringLiteral("printer"),
        m_revealed.keys());
    if (!recorded.ok) {
        qCWarning(lcUi) << "print audit failed:" << recorded.error;
        if (error)
            *error = tr("The print was not recorded in the audit log, so it was discarded: %1").arg(recorded.error);
        return false;
    }
    return true;
}

bool StaffFilePrinter::render(QPrinter &printer, const QString &employeeId, QString *error)
{
    using F = staff::EmployeeFields;
    const std::optional<staff::Employee> employee = staff::EmployeeService(m_workspace).find(employeeId);
    if (!employee) {
        if (error)
            *error = tr("The employee to print no longer exists.");
        return false;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error)
            *error = tr("Cannot print to %1.").arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                                                     : printer.outputFileName());
        return false;
    }
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution()).translated(
        -printer.pageLayout().paintRectPixels(printer.resolution()).topLeft());
    PageWriter out(painter, printer, [&] { drawWatermark(painter, page); });

    QFont body = painter.font();
    body.setPointSizeF(10);
    QFont heading = body;
    heading.setPointSizeF(13);
    heading.setBold(true);
    QFont title = body;
    title.setPointSizeF(18);
    title.setBold(true);
    painter.setFont(body);
    const int line = QFontMetrics(body, &printer).height();
    int labelWidth = 0;
    QStringList fields = F::all();
    fields.append(F::StatusChangedAt);
    for (const QString &field : std::as_const(fields))
        labelWidth = qMax(labelWidth, QFontMetrics(body, &printer).horizontalAdvance(F::label(field)));
    labelWidth += line * 2;

    out.text(tr("Staff file: %1 (%2)").arg(employee->name, employee->employeeNo), title, 0, line);
    out.text(tr("Details"), heading, 0, line / 2);
    for (const QString &field : std::as_const(fields))
        out.pair(F::label(field), StaffUi::fieldText(m_workspace, *employee, field, m_revealed), body, labelWidth);

    out.space(line);
    out.text(tr("Labour contracts"), heading, 0, line / 2);
    const QList<staff::LabourContract> contracts = staff::ContractService(m_workspace).listFor(employeeId);
    if (contracts.isEmpty())
        out.text(tr("No labour contracts."), body);
    for (const staff::LabourContract &c : contracts) {
        out.text(tr("%1 %2: %3 to %4, signed %5%6")
                     .arg(c.contractNo, staff::ContractService::typeLabel(c.type), StaffUi::dateText(c.startDate),
                          c.endDate.isValid() ? StaffUi::dateText(c.endDate) : tr("open-ended"),
                          StaffUi::dateText(c.signedOn),
                          c.renewalCount > 0 ? tr(" (renewal #%1)").arg(c.renewalCount) : QString()),
                 body);
    }

    out.space(line);
    out.text(tr("Timeline"), heading, 0, line / 2);
    const QList<staff::TimelineEntry> entries = staff::EmployeeTimeline(m_workspace.db()).entries(employeeId);
    for (const staff::TimelineEntry &entry : entries) {
        out.text(tr("%1  %2 — %3").arg(entry.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        entry.title, entry.actor),
                 body);
        if (!entry.detail.isEmpty())
            out.text(entry.detail, body, line * 2);
    }
    drawWatermark(painter, page);
    m_pages = out.pages();
    if (!painter.end()) {
        if (error)
            *error = tr("The print could not be finished.");
        return false;
    }
    return true;
}

} // namespace hrdesk::ui
