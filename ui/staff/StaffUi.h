#pragma once

#include "core/staff/Employee.h"

#include <QHash>

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QLabel;
class QWidget;

namespace hrdesk {
class Workspace;
}

namespace hrdesk::ui {

// Small pieces the staff widgets share so the list, the form and the file look alike.
class StaffUi
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::ui::StaffUi)

public:
    // A bold, larger section title.
    static QLabel *titleLabel(const QString &text, QWidget *parent);
    // The red, word-wrapped message under a form field; hidden while it has no text.
    static QLabel *fieldErrorLabel(QWidget *parent);
    static void showFieldError(QLabel *label, const QString &message);
    // Calendar dates as the desk shows them (yyyy-MM-dd); "—" when there is none.
    static QString dateText(QDate date);
    // A field of employee as the file shows and prints it: codes translated, department as its
    // path, manager by name; the fields masking::EmployeeMasking hides stay masked unless revealed
    // holds the clear value of the field that reveals them.
    static QString fieldText(Workspace &workspace, const staff::Employee &employee, const QString &field,
                             const QHash<QString, QString> &revealed);
};

} // namespace hrdesk::ui
