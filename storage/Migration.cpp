#include "storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace hrdesk::storage {

std::vector<Migration> builtInMigrations()
{
    // Files are named NNNN_name.sql; the number is the schema version they produce.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    std::vector<Migration> migrations;
    const QDir dir(QStringLiteral(":/hrdesk/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.push_back({match.captured(1).toInt(), match.captured(2),
                              QString::fromUtf8(f.readAll())});
    }
    return migrations;
}

} // namespace hrdesk::storage
