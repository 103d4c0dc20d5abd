#pragma once

#include <QLoggingCategory>

// hrdesk.security: keys, keychain, passphrase wrapping. Never logs a secret, only what happened.
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
