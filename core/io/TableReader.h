#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace hrdesk::io {

// One row of a spreadsheet or CSV file, numbered as Excel numbers it (the first row is 1).
struct TableRow
{
    int number = 0;
    QStringList cells;

    // No cell with anything but spaces: such rows are skipped, not checked.
    bool isBlank() const
    {
        for (const QString &cell : cells) {
            if (!cell.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

// A source of rows read one at a time, so that large files are never held whole in memory.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::TableReader)

public:
    virtual ~TableReader() = default;

    // Opens the file; false with error() set when it cannot be read.
    virtual bool open(const QString &path) = 0;
    // The next row; false at the end or on an error (then error() is not empty).
    virtual bool next(TableRow &row) = 0;
    // How much of the input has been consumed, from 0 to 1, for progress bars.
    virtual double progress() const = 0;

    const QString &error() const { return m_error; }

    // A reader chosen by the file name: .xlsx is read as a workbook, anything else as CSV/text.
    static std::unique_ptr<TableReader> forFile(const QString &path);
    static bool isWorkbook(const QString &path);

protected:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

private:
    QString m_error;
};

} // namespace hrdesk::io
