#pragma once

namespace hrdesk::storage {

// Name under which registerSqlCipherDriver() makes the driver known to QSqlDatabase.
inline constexpr char kSqlCipherDriverName[] = "QSQLCIPHER";

// Registers SqlCipherDriver as "QSQLCIPHER". Idempotent and thread-safe: call it before
// QSqlDatabase::addDatabase() from wherever a connection is made.
void registerSqlCipherDriver();

} // namespace hrdesk::storage
