#pragma once

#include "core/io/BatchQueue.h"
#include "core/io/StaffImport.h"

#include <thread>
#include <vector>

namespace hrdesk::io {

class TableReader;

// Runs StaffImport::precheck() on a second thread, a few hundred rows ahead of the caller, who
// settles the rows in file order (StaffImport::settle()). Reading and validating a row, most of
// a row's check, then runs beside the duplicate checks of the rows before it. Header rows (up to
// headerRow) and empty rows are left out. Destroying it early (a cancelled preview) stops the
// thread.
class StaffCheckAhead
{
public:
    StaffCheckAhead(TableReader &reader, StaffImport &staff, int headerRow);
    ~StaffCheckAhead();
    StaffCheckAhead(const StaffCheckAhead &) = delete;
    StaffCheckAhead &operator=(const StaffCheckAhead &) = delete;

    // The next prechecked row in file order; false at the end (the reader tells of an error).
    bool next(StaffImport::Precheck &out);

private:
    static constexpr size_t BatchRows = 256;
    static constexpr size_t MaxBatches = 8;

    void run(int headerRow);

    TableReader &m_reader;
    StaffImport &m_staff;
    BatchQueue<StaffImport::Precheck> m_queue{MaxBatches};
    std::vector<StaffImport::Precheck> m_current;
    size_t m_position = 0;
    std::thread m_thread;
};

} // namespace hrdesk::io
