#pragma once

#include "core/customers/Customer.h"
#include "core/io/ColumnMapping.h"
#include "core/io/ImportReport.h"
#include "core/io/ImportTarget.h"
#include "core/staff/Employee.h"

#include <QStringList>

#include <vector>

namespace hrdesk::io {

// An employee row of the file, checked and normalised. departmentPath is the path as given
// (split and joined with '/'); the department is looked up or created when the plan is executed.
struct StaffImportRow
{
    int row = 0;
    staff::Employee employee;
    QString departmentPath;
};

// A customer row; ownerEmployeeNo is resolved to owner_id when checked.
struct CustomerImportRow
{
    int row = 0;
    customers::Customer customer;
    QString ownerEmployeeNo;
};

// What the wizard's preview page shows: counts, the first rows as read, and the problems.
struct ImportPreview
{
    int totalRows = 0;
    int validRows = 0;
    int invalidRows = 0;
    QStringList headers;
    QList<QStringList> firstRows;
    QStringList departmentsToCreate;
    QList<ImportProblem> problems;
};

// The outcome of reading and checking a file, before anything is written. A plan with an error
// (unreadable file, a required column missing) cannot be executed; otherwise it holds the valid
// rows and one problem per refused value.
struct ImportPlan
{
    ImportTarget target = ImportTarget::Staff;
    QString path;
    QString fileName;
    QString format;       // "XLSX", "UTF-8", "GB18030" ...
    int headerRow = 0;    // as Excel numbers it
    ColumnMapping mapping;
    QString error;        // the file cannot be imported at all

    int totalRows = 0;    // data rows (empty rows are not counted)
    int invalidRows = 0;
    ImportReport report;
    QStringList departmentsToCreate; // paths, parents before children
    QList<QStringList> firstRows;    // the first rows as read, for the preview
    std::vector<StaffImportRow> staff;          // valid rows only
    std::vector<CustomerImportRow> customers;   // valid rows only

    bool ok() const { return error.isEmpty(); }
    int validRows() const { return totalRows - invalidRows; }
    ImportPreview preview() const;
};

} // namespace hrdesk::io
