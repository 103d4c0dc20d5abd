#include "storage/SqlCipherValues.h"

#include <QDateTime>

#include <sqlcipher/sqlite3.h>

#include <limits>

namespace hrdesk::storage {

const char *SqlCipherValues::skipBlanksAndComments(const char *p, const char *end)
{
    while (p < end) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
            ++p;
        } else if (c == '-' && p + 1 < end && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (c == '/' && p + 1 < end && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = (p + 1 < end) ? p + 2 : end;
        } else {
            break;
        }
    }
    return p;
}

bool SqlCipherValues::startsWithKeyword(const char *sql, const char *keyword)
{
    if (!sql)
        return false;
    const char *p = skipBlanksAndComments(sql, sql + qstrlen(sql));
    return qstrnicmp(p, keyword, qstrlen(keyword)) == 0;
}

int SqlCipherValues::bind(sqlite3_stmt *stmt, int parameter, const QVariant &value)
{
    int rc = SQLITE_OK;
    auto bindText = [&](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text64(stmt, parameter, utf8.constData(), sqlite3_uint64(utf8.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    };
    if (!value.isValid() || value.isNull()) {
        rc = sqlite3_bind_null(stmt, parameter);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Long:
            rc = sqlite3_bind_int64(stmt, parameter, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong unsignedValue = value.toULongLong();
            // Beyond int64 SQLite has no integer type; decimal text keeps every digit.
            if (unsignedValue <= qulonglong(std::numeric_limits<qint64>::max()))
                rc = sqlite3_bind_int64(stmt, parameter, qint64(unsignedValue));
            else
                rc = bindText(QString::number(unsignedValue));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(stmt, parameter, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            // A null data pointer would bind NULL instead of an empty blob.
            rc = sqlite3_bind_blob64(stmt, parameter, bytes.isEmpty() ? "" : bytes.constData(),
                                     sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDateTime:
            rc = bindText(value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            rc = bindText(value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            rc = bindText(value.toTime().toString(Qt::ISODateWithMs));
            break;
        default:
            rc = bindText(value.toString());
            break;
        }
    }
    return rc;
}

QVariant SqlCipherValues::read(sqlite3_stmt *stmt, int column, QSql::NumericalPrecisionPolicy precision,
                               QMetaType nullType)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER: {
        const qint64 value = sqlite3_column_int64(stmt, column);
        if (precision == QSql::LowPrecisionInt32)
            return QVariant(int(value));
        return QVariant(qlonglong(value));
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(stmt, column);
        switch (precision) {
        case QSql::LowPrecisionInt32:
            return QVariant(int(value));
        case QSql::LowPrecisionInt64:
            return QVariant(qlonglong(value));
        case QSql::HighPrecision:
            return QVariant(QString::number(value, 'g', 17));
        case QSql::LowPrecisionDouble:
            break;
        }
        return QVariant(value);
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(stmt, column));
        const int size = sqlite3_column_bytes(stmt, column);
        return QVariant(QByteArray(blob ? blob : "", size));
    }
    default:
        return QVariant(nullType);
    }
}

} // namespace hrdesk::storage
