#include "storage/search/SqlFunctions.h"

#include "storage/search/PinyinInitials.h"
#include "storage/search/SearchTokens.h"

#include <QStringList>

#include <sqlcipher/sqlite3.h>

namespace hrdesk::search {

namespace {

QString textArgument(sqlite3_value *value)
{
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return {};
    const auto *data = static_cast<const QChar *>(sqlite3_value_text16(value));
    const int bytes = sqlite3_value_bytes16(value);
    return data ? QString(data, bytes / 2) : QString();
}

void resultText(sqlite3_context *context, const QString &text)
{
    sqlite3_result_text16(context, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

void searchTokens(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QStringList fields;
    fields.reserve(argc);
    for (int i = 0; i < argc; ++i)
        fields.append(textArgument(argv[i]));
    resultText(context, SearchTokens::forFields(fields));
}

void initials(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    resultText(context, PinyinInitials::of(textArgument(argv[0])));
}

} // namespace

bool registerSqlFunctions(sqlite3 *db, QString *error)
{
    // Deterministic and innocuous: usable in triggers, views and indexes even with
    // trusted_schema off.
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "hrdesk_search_tokens", -1, flags, nullptr, searchTokens, nullptr,
                                        nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "hrdesk_initials", 1, flags, nullptr, initials, nullptr, nullptr,
                                        nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace hrdesk::search
