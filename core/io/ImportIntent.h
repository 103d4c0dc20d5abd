#pragma once

#include <QByteArray>
#include <QStringList>

namespace hrdesk::io {

struct ImportPlan;

// The outbox intent of an import, what the server replays: {"departments": [[id, path], ...],
// "fields": ["id", ...], "file": ..., "rows": [[...], ...], "skip_invalid": ..., "target": ...},
// one array of values per imported row in the order of "fields", starting with the id the row was
// created with; "departments" lists the departments the import created (staff only), parents
// first, so that a replay creates the same rows under the same keys. Written directly as
// canonical JSON text (audit::CanonicalJson), since a QJsonArray per row for 100,000 rows cost
// more than writing them.
class ImportIntent
{
public:
    // Everything but "departments", which are known only once the rows are written.
    static QByteArray text(const ImportPlan &plan, bool skipInvalid);
    // text with "departments" put in front (keys stay in canonical order).
    static QByteArray withDepartments(QByteArray text, const QStringList &ids, const QStringList &paths);
};

} // namespace hrdesk::io
