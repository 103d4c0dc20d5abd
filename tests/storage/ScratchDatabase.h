#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hrdesk::test {

// Keyed databases with a schema of the test's own, in one temporary folder: for storage tests
// that need tables, not HR Desk's migrations.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(QStringList schema);

    // A new database file with the schema applied; ends the test run when that fails.
    std::unique_ptr<storage::Database> create();
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    QStringList m_schema;
    int m_counter = 0;
};

} // namespace hrdesk::test
