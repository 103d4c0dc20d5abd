#include "models/CustomerListModel.h"

#include "core/masking/Masking.h"

#include <QDateTime>
#include <QLocale>

namespace hrdesk::models {

namespace {

constexpr char Context[] = "hrdesk::models::CustomerListModel";

} // namespace

ColumnSet CustomerListModel::columnCatalogue()
{
    // Sort expressions match the customer_list_* indexes of schema 6.
    return ColumnSet({
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Customer"), true,
         QStringLiteral("c.name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Type"), false, {}},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Tier"), true,
         QStringLiteral("(CASE c.tier WHEN 'key' THEN 0 WHEN 'A' THEN 1 WHEN 'B' THEN 2 ELSE 3 END)")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Region"), true,
         QStringLiteral("ifnull(c.region, '')")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Industry"), true, {}},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Owner"), true, {}},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Phone"), true, {}},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Status"), true,
         QStringLiteral("c.status")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Score"), false,
         QStringLiteral("ifnull(c.score, -1)")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Source"), false, {}},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("hrdesk::models::CustomerListModel", "Last changed"), false,
         QStringLiteral("c.updated_at")},
    });
}

CustomerListModel::CustomerListModel(QSqlDatabase db, QObject *parent)
    : ListModelBase(db, columnCatalogue(), Context, NameColumn, parent)
{
    refresh();
}

void CustomerListModel::setFilter(QString &filter, const QString &value)
{
    if (filter == value)
        return;
    filter = value;
    refresh();
}

void CustomerListModel::setTierFilter(const QString &tier) { setFilter(m_tier, tier); }
void CustomerListModel::setRegionFilter(const QString &region) { setFilter(m_region, region); }
void CustomerListModel::setOwnerFilter(const QString &ownerEmployeeId) { setFilter(m_owner, ownerEmployeeId); }
void CustomerListModel::setStatusFilter(const QString &status) { setFilter(m_status, status); }

ListQuery CustomerListModel::baseQuery() const
{
    ListQuery query;
    query.baseTable = QStringLiteral("customer c");
    query.idColumn = QStringLiteral("c.id");
    query.versionColumn = QStringLiteral("c.version");
    query.joins = QStringLiteral("LEFT JOIN employee o ON o.id = c.owner_id");
    query.columns = QStringLiteral("c.name, c.kind, c.tier, c.region, c.industry, o.name, c.phone, c.status, "
                                   "c.score, c.source, c.updated_at");
    query.where(stateCondition(QStringLiteral("c")));
    // The list indexes cover live rows only; the archived ones are few and counted by a scan.
    if (!showsArchived())
        query.countIndex = QStringLiteral("customer_list_status");
    if (!m_tier.isEmpty())
        query.where(QStringLiteral("c.tier = ?"), {m_tier});
    if (!m_region.isEmpty())
        query.where(QStringLiteral("c.region = ?"), {m_region});
    if (!m_owner.isEmpty())
        query.where(QStringLiteral("c.owner_id = ?"), {m_owner});
    if (!m_status.isEmpty())
        query.where(QStringLiteral("c.status = ?"), {m_status});
    return query;
}

void CustomerListModel::archivedSearch(ListQuery &query, const QString &text) const
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    query.where(QStringLiteral("(c.name LIKE ? ESCAPE '\\' OR c.credit_code LIKE ? ESCAPE '\\')"), {pattern, pattern});
}

void CustomerListModel::transformRow(QVariantList &values) const
{
    values[PhoneColumn] = masking::Masking::mobile(values.at(PhoneColumn).toString());
}

QString CustomerListModel::tierName(const QString &tier)
{
    if (tier == QLatin1String("key"))
        return tr("Key account");
    return tier; // A, B, C read the same in every language
}

QString CustomerListModel::statusName(const QString &status)
{
    if (status == QLatin1String("prospect"))
        return tr("Prospect");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("dormant"))
        return tr("Dormant");
    if (status == QLatin1String("lost"))
        return tr("Lost");
    return status;
}

QVariant CustomerListModel::displayValue(int column, const QVariant &value) const
{
    switch (column) {
    case KindColumn:
        return value.toString() == QLatin1String("person") ? tr("Person") : tr("Company");
    case TierColumn:
        return tierName(value.toString());
    case StatusColumn:
        return statusName(value.toString());
    case UpdatedColumn: {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : value;
    }
    default:
        return value;
    }
}

QString CustomerListModel::totalText() const
{
    if (showsArchived())
        return tr("%1 archived customers").arg(QLocale().toString(totalCount()));
    return tr("%1 customers").arg(QLocale().toString(totalCount()));
}

} // namespace hrdesk::models
