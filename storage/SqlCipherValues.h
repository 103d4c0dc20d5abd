#pragma once

#include <QMetaType>
#include <QSql>
#include <QVariant>

struct sqlite3_stmt;

namespace hrdesk::storage {

// The conversions between QVariant and SQLite values, and the scanning of SQL text, that
// SqlCipherResult uses; kept apart so the result class holds only statement and row state.
class SqlCipherValues
{
public:
    // Binds value to the 1-based parameter and returns SQLite's result code. Unsigned values
    // beyond int64 go in as decimal text; dates and times as ISO 8601 text.
    static int bind(sqlite3_stmt *stmt, int parameter, const QVariant &value);
    // The current row's column; NULL comes back as a null QVariant of nullType (the declared type).
    static QVariant read(sqlite3_stmt *stmt, int column, QSql::NumericalPrecisionPolicy precision,
                         QMetaType nullType);

    // Skips whitespace, comments and empty statements (';') in a script.
    static const char *skipBlanksAndComments(const char *p, const char *end);
    static bool startsWithKeyword(const char *sql, const char *keyword);
};

} // namespace hrdesk::storage
