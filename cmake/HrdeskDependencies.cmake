# Third-party libraries. On Debian/Ubuntu they come from pkg-config; with vcpkg on Windows
# from the ports' CMake configs. Every consumer links the hrdesk::sqlcipher / hrdesk::sodium
# aliases so the rest of the tree does not care where a library came from.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Network Widgets PrintSupport Concurrent Test LinguistTools)
find_package(Qt6Keychain REQUIRED)
# SHA-256 of the audit chain (with the CPU's SHA extensions); SQLCipher links it anyway.
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(SQLCIPHER IMPORTED_TARGET sqlcipher)  # reports the SQLite version; SQLCipher 4 is checked at run time
  pkg_check_modules(SODIUM IMPORTED_TARGET libsodium>=1.0.18)
endif()

add_library(hrdesk_sqlcipher INTERFACE)
add_library(hrdesk::sqlcipher ALIAS hrdesk_sqlcipher)
if(TARGET PkgConfig::SQLCIPHER)
  target_link_libraries(hrdesk_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
else()
  find_package(unofficial-sqlcipher CONFIG REQUIRED)
  target_link_libraries(hrdesk_sqlcipher INTERFACE unofficial::sqlcipher::sqlcipher)
endif()
# SQLITE_HAS_CODEC exposes sqlite3_key()/sqlite3_rekey() in the SQLCipher header.
target_compile_definitions(hrdesk_sqlcipher INTERFACE SQLITE_HAS_CODEC)

if(TARGET PkgConfig::SODIUM)
  add_library(hrdesk::sodium ALIAS PkgConfig::SODIUM)
else()
  find_package(unofficial-sodium CONFIG REQUIRED)
  add_library(hrdesk::sodium ALIAS unofficial-sodium::sodium)
endif()
