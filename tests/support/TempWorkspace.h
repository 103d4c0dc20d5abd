#pragma once

#include "core/workspace/Workspace.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hrdesk::test {

// A freshly created, keyed, migrated database in its own temporary directory.
class TempWorkspace
{
public:
    TempWorkspace();
    Workspace &operator*() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    Workspace *get() { return m_workspace.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString error() const { return m_error; }
    // Closes the database (e.g. before reopening it elsewhere).
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<Workspace> m_workspace;
};

// Number of rows in table (a convenience for assertions).
qint64 rowCount(QSqlDatabase db, const QString &table);
// Ids of the entities of entityType that the search index finds for text, sorted.
QStringList searchHits(QSqlDatabase db, const QString &entityType, const QString &text);

} // namespace hrdesk::test
