#pragma once

#include <QByteArray>

namespace hrdesk::io {

struct ImportPlan;

// The outbox intent of an import, what the server replays: {"fields": [...], "file": ...,
// "rows": [[...], ...], "skip_invalid": ..., "target": ...}, one array of values per imported row
// in the order of "fields". Written directly as canonical JSON text (audit::CanonicalJson), since
// a QJsonArray per row for 100,000 rows cost more than writing them.
class ImportIntent
{
public:
    static QByteArray text(const ImportPlan &plan, bool skipInvalid);
};

} // namespace hrdesk::io
