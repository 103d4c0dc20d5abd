#include "storage/search/SqlFunctions.h"

#include "storage/search/PinyinInitials.h"
#include "storage/search/SearchHitSets.h"
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

// hrdesk_search_entry(maskedFrom, field...): SearchTokens::forEntry.
void searchEntry(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1) {
        sqlite3_result_null(context);
        return;
    }
    QStringList fields;
    fields.reserve(argc - 1);
    for (int i = 1; i < argc; ++i)
        fields.append(textArgument(argv[i]));
    resultText(context, SearchTokens::forEntry(fields, qMax(0, sqlite3_value_int(argv[0]))));
}

void initials(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    resultText(context, PinyinInitials::of(textArgument(argv[0])));
}

// hrdesk_search_hit(set, id): 1 when id is in SearchHitSets' set, else 0. The set is looked up
// once per statement: SQLite keeps it as auxiliary data while the set argument is a constant.
void searchHit(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 2 || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    using Ids = std::shared_ptr<const SearchHitIds>;
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    const QByteArrayView id(text, sqlite3_value_bytes(argv[1]));
    bool hit = false;
    if (const auto *cached = static_cast<Ids *>(sqlite3_get_auxdata(context, 0))) {
        hit = *cached && (*cached)->contains(id);
    } else {
        Ids ids = SearchHitSets::find(sqlite3_value_int(argv[0]));
        hit = ids && ids->contains(id);
        // Kept for the next rows while the set argument is a constant; SQLite deletes it when
        // the statement is reset or finalized (or at once, if it cannot keep it).
        sqlite3_set_auxdata(context, 0, new Ids(std::move(ids)), [](void *data) { delete static_cast<Ids *>(data); });
    }
    sqlite3_result_int(context, hit ? 1 : 0);
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
        rc = sqlite3_create_function_v2(db, "hrdesk_search_entry", -1, flags, nullptr, searchEntry, nullptr,
                                        nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "hrdesk_initials", 1, flags, nullptr, initials, nullptr, nullptr,
                                        nullptr);
    // Not deterministic: the same set number holds other ids after the next search.
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "hrdesk_search_hit", 2, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr,
                                        searchHit, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace hrdesk::search
