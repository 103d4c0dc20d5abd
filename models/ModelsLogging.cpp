#include "models/ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "hrdesk.models")
