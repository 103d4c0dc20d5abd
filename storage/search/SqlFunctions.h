#pragma once

#include <QString>

struct sqlite3;

namespace hrdesk::search {

// SQL functions HR Desk's schema relies on, registered on every connection by
// storage::Database::open():
//   hrdesk_search_tokens(name, field...)  the search index text of schema 6 (SearchTokens::forFields)
//   hrdesk_search_entry(maskedFrom, name, field...)
//                                         the search index text from schema 8: the fields from
//                                         maskedFrom on by full value only (SearchTokens::forEntry)
//   hrdesk_initials(text)                 pinyin initials (PinyinInitials::of)
//   hrdesk_search_hit(set, id)            1 when id is in a SearchHitSets set, else 0 (list pages)
// Triggers on employee, customer and customer_contact call hrdesk_search_entry, so a tool
// that does not register it (the sqlcipher shell) can read everything but cannot write those
// tables (docs/decisions/0005-search-index.md).
bool registerSqlFunctions(sqlite3 *db, QString *error);

} // namespace hrdesk::search
