#include "ui/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "hrdesk.ui")
Q_LOGGING_CATEGORY(lcStartup, "hrdesk.ui.startup")
