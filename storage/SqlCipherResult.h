#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <vector>

struct sqlite3_stmt;

namespace hrdesk::storage {

class SqlCipherDriver;

// One statement of a SqlCipherDriver connection.
//
// Scrollable (the QSqlQuery default) results cache the rows they have stepped over so
// QSqlQueryModel/QSqlTableModel can seek back; forward-only results keep only the current row.
// QSqlQuery::exec(sql) with several statements runs them in order and keeps the last one as
// the result; every statement but the last must not return rows (migrations use this).
class SqlCipherResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::storage::SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    // The statement as a QVariant holding a sqlite3_stmt* (metatype "sqlite3_stmt*").
    QVariant handle() const override;

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchPrevious() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    friend class SqlCipherDriver;

    // Called by the driver before it closes the connection.
    void finalizeStatement();
    void clearRows();
    bool prepareStatement(const QByteArray &sql);
    bool bindValues();
    bool buildBindPlan();
    bool bindOne(int parameter, const QVariant &value);
    // Steps the statement and runs it (non-selects) or positions it before its first row.
    bool run();
    // Next row of the statement into row; false at the end or on error (lastError set).
    bool readNextRow(QList<QVariant> &row);
    const QList<QVariant> *currentRow() const;
    QVariant columnValue(int column) const;
    void initColumns();
    void setStepError(int resultCode);

    QPointer<const SqlCipherDriver> m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QMetaType> m_columnTypes;          // declared types, for typed NULLs
    int m_columnCount = 0;

    // Statement is positioned on a row that no fetch has consumed yet (stepped in exec()).
    bool m_rowPending = false;
    bool m_done = true;
    QList<QVariant> m_current;               // forward-only mode
    QList<QList<QVariant>> m_rows;           // scrollable mode

    // sqlite parameter i+1 -> index into boundValues(); rebuilt when the value count changes.
    std::vector<int> m_bindPlan;
    qsizetype m_bindPlanValueCount = -1;

    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace hrdesk::storage
