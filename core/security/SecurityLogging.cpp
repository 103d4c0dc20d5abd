#include "core/security/SecurityLogging.h"

Q_LOGGING_CATEGORY(lcSecurity, "hrdesk.security")
