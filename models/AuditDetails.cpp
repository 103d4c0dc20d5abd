#include "models/AuditDetails.h"

#include "models/AuditFieldNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hrdesk::models {

namespace {

// An import's event names every department it created: a tooltip taller than the screen helps
// nobody, and the chain keeps the whole text.
constexpr qsizetype MaxTooltipLength = 4000;

bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

QString tooltipPart(const QString &heading, const QJsonDocument &doc, const QString &raw)
{
    if (raw.isEmpty())
        return {};
    // Not an object (nothing the services write): shown as stored, there are no keys to mask by.
    const QString text = doc.isObject()
        ? QString::fromUtf8(QJsonDocument(AuditFieldNames::masked(doc.object())).toJson(QJsonDocument::Indented))
              .trimmed()
        : raw;
    return heading + QLatin1Char('\n') + text;
}

} // namespace

AuditDetails::Text AuditDetails::describe(const QString &entityType, const QString &beforeJson,
                                          const QString &afterJson)
{
    const QJsonDocument beforeDoc = QJsonDocument::fromJson(beforeJson.toUtf8());
    const QJsonDocument afterDoc = QJsonDocument::fromJson(afterJson.toUtf8());
    Text text;
    QStringList tooltip{tooltipPart(tr("Before:"), beforeDoc, beforeJson),
                        tooltipPart(tr("After:"), afterDoc, afterJson)};
    tooltip.removeAll(QString());
    text.tooltip = tooltip.join(QStringLiteral("\n\n"));
    if (text.tooltip.size() > MaxTooltipLength)
        text.tooltip = text.tooltip.left(MaxTooltipLength) + QChar(0x2026);

    const bool beforeIsObject = beforeJson.isEmpty() || beforeDoc.isObject();
    const bool afterIsObject = afterJson.isEmpty() || afterDoc.isObject();
    if (!beforeIsObject || !afterIsObject) {
        text.summary = afterJson.isEmpty() ? beforeJson : afterJson;
        return text;
    }

    const QJsonObject before = beforeDoc.object();
    const QJsonObject after = afterDoc.object();
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    keys.removeIf([&](const QString &key) { return AuditFieldNames::isHidden(key, before, after); });
    // QJsonObject keeps keys in alphabetical order: stable_sort keeps it among unranked keys.
    std::sort(keys.begin(), keys.end());
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return AuditFieldNames::rank(a) < AuditFieldNames::rank(b);
    });

    const bool change = !before.isEmpty() && !after.isEmpty();
    QStringList parts;
    for (const QString &key : keys) {
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        QString value;
        if (change && before.contains(key)) {
            // Whole records on both sides (a customer, a deal): only what changed.
            if (old == now || (isEmpty(old) && isEmpty(now)))
                continue;
            value = tr("%1 → %2").arg(AuditFieldNames::valueText(entityType, key, old, before),
                                      AuditFieldNames::valueText(entityType, key, now, after));
        } else {
            const QJsonObject &object = after.contains(key) ? after : before;
            const QJsonValue single = after.contains(key) ? now : old;
            if (isEmpty(single))
                continue;
            value = AuditFieldNames::valueText(entityType, key, single, object);
        }
        parts.append(tr("%1: %2").arg(AuditFieldNames::label(entityType, key), value));
    }
    text.summary = parts.join(tr(", "));
    return text;
}

} // namespace hrdesk::models
