#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace hrdesk::storage {

// Rows for one BulkInsert statement, filled by one thread and written by another (BulkPipeline).
// The binding calls are BulkInsert's: 1-based columns of the current row, and a column left
// unbound is NULL. Text is copied into the batch as UTF-8, so views may point at temporaries;
// the batch keeps its memory across clear(), so a reused batch allocates nothing.
class RowBatch
{
public:
    struct Value
    {
        enum Type : quint8 { Null, Integer, Text };
        qint64 integer = 0; // the integer, or the text's offset in the batch
        qint32 length = 0;  // text bytes
        Type type = Null;
    };

    RowBatch(int columns, qsizetype capacity);

    int columns() const { return m_columns; }
    // Complete rows (endRow() called).
    qsizetype rows() const { return m_rows; }
    // A producer stops filling at capacity; more rows still fit.
    bool isFull() const { return m_rows >= m_capacity; }
    void clear();

    void bind(int column, qint64 value);
    void bind(int column, int value) { bind(column, qint64(value)); }
    void bindText(int column, QByteArrayView utf8);
    void bindText(int column, QStringView text);
    void bindText(int column, const char *utf8) { bindText(column, QByteArrayView(utf8)); }
    // A null QByteArray binds NULL, an empty one empty text.
    void bindText(int column, const QByteArray &utf8)
    {
        if (utf8.isNull())
            bindNull(column);
        else
            bindText(column, QByteArrayView(utf8.constData(), utf8.size()));
    }
    void bindText(int column, const QString &text) { bindText(column, QStringView(text)); }
    void bindNull(int column);
    // Empty text (null or not) as NULL: how HR Desk stores an optional field left empty.
    void bindTextOrNull(int column, const QString &text)
    {
        if (text.isEmpty())
            bindNull(column);
        else
            bindText(column, QStringView(text));
    }
    // Closes the current row; the next bind opens a new one with every column NULL.
    void endRow();

    // The first column bound outside 1..columns() (and dropped), or 0: a programming error that
    // BulkInsert::stepRows() reports instead of writing.
    int badColumn() const { return m_badColumn; }

    const Value &value(qsizetype row, int column) const { return m_values[size_t(row * m_columns + column - 1)]; }
    const char *text(const Value &value) const { return m_text.data() + value.integer; }

private:
    Value &slot(int column);

    int m_columns;
    qsizetype m_capacity;
    qsizetype m_rows = 0;
    int m_badColumn = 0;
    Value m_discard; // where a bad column's value goes
    std::vector<Value> m_values; // m_columns per row, the open row last
    std::vector<char> m_text;
};

} // namespace hrdesk::storage
