#pragma once

#include <QString>

struct sqlite3;

namespace hrdesk::search {

// SQL functions HR Desk's schema relies on, registered on every connection by
// storage::Database::open():
//   hrdesk_search_tokens(name, field...)  the search index text (SearchTokens::forFields)
//   hrdesk_initials(text)                 pinyin initials (PinyinInitials::of)
//   hrdesk_search_hit(set, id)            1 when id is in a SearchHitSets set, else 0 (list pages)
// Triggers on employee, customer and customer_contact call hrdesk_search_tokens, so a tool
// that does not register it (the sqlcipher shell) can read everything but cannot write those
// tables (docs/decisions/0005-search-index.md).
bool registerSqlFunctions(sqlite3 *db, QString *error);

} // namespace hrdesk::search
