#include "core/io/ValueNormaliser.h"

#include "core/customers/CustomerFields.h"
#include "core/staff/EmployeeFields.h"

#include <QHash>
#include <QRegularExpression>

namespace hrdesk::io {

namespace {

QString key(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

QString lookup(const QString &text, std::initializer_list<std::pair<const char *, const char *>> words)
{
    const QString k = key(text);
    for (const auto &[word, code] : words) {
        if (k == QString::fromUtf8(word).toCaseFolded())
            return QString::fromLatin1(code);
    }
    return QString();
}

} // namespace

QDate ValueNormaliser::date(const QString &input)
{
    // yyyy-MM-dd, as most files write dates: read directly. (The general path below gives the
    // same date, or the same invalid one for 2024-02-30.)
    if (input.size() == 10 && input.at(4) == u'-' && input.at(7) == u'-') {
        int digits[8];
        int n = 0;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            const char16_t c = input.at(i).unicode();
            if (c < u'0' || c > u'9')
                break;
            digits[n++] = c - u'0';
        }
        if (n == 8)
            return QDate(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
                         digits[6] * 10 + digits[7]);
    }
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return QDate();
    // A date with a midnight time, as spreadsheets and databases export them.
    static const QRegularExpression withTime(QStringLiteral("^(\\S+)[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?$"));
    if (const auto match = withTime.match(text); match.hasMatch())
        text = match.captured(1);
    // An Excel serial number that reached us as text (a date column formatted as number).
    static const QRegularExpression serial(QStringLiteral("^\\d{4,5}(\\.0+)?$"));
    if (serial.match(text).hasMatch()) {
        const int days = int(text.toDouble());
        if (days >= 367 && days <= 73050) // 1901-01-01 .. 2099-12-31
            return QDate(1899, 12, 30).addDays(days);
    }
    const QDate typed = staff::EmployeeFields::parseDate(text);
    if (typed.isValid())
        return typed;
    // 2024-3-1, 2024.03.01, 2024年3月1号 and the like.
    static const QRegularExpression parts(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?$"));
    if (const auto match = parts.match(text); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return QDate();
}

QString ValueNormaliser::gender(const QString &text)
{
    return lookup(text, {{"男", "male"},    {"女", "female"},    {"male", "male"}, {"female", "female"},
                         {"m", "male"},     {"f", "female"},     {"男性", "male"}, {"女性", "female"},
                         {"先生", "male"},  {"女士", "female"},  {"man", "male"},  {"woman", "female"}});
}

QString ValueNormaliser::idType(const QString &text)
{
    const QString code = lookup(text, {{"身份证", "resident_id"},
                                       {"居民身份证", "resident_id"},
                                       {"身份证号", "resident_id"},
                                       {"二代身份证", "resident_id"},
                                       {"resident id", "resident_id"},
                                       {"id card", "resident_id"},
                                       {"resident_id", "resident_id"},
                                       {"护照", "passport"},
                                       {"passport", "passport"},
                                       {"港澳通行证", "hk_macau_permit"},
                                       {"港澳居民来往内地通行证", "hk_macau_permit"},
                                       {"回乡证", "hk_macau_permit"},
                                       {"hk_macau_permit", "hk_macau_permit"},
                                       {"台湾通行证", "taiwan_permit"},
                                       {"台胞证", "taiwan_permit"},
                                       {"台湾居民来往大陆通行证", "taiwan_permit"},
                                       {"taiwan_permit", "taiwan_permit"}});
    if (!code.isEmpty())
        return code;
    // The labels the forms use, in the language of the user interface.
    for (const QString &type : staff::EmployeeFields::idTypes()) {
        if (key(staff::EmployeeFields::idTypeLabel(type)) == key(text))
            return type;
    }
    return QString();
}

QString ValueNormaliser::employeeStatus(const QString &text)
{
    const QString code = lookup(text, {{"在职", "active"},
                                       {"正式", "active"},
                                       {"已转正", "active"},
                                       {"active", "active"},
                                       {"试用", "probation"},
                                       {"试用期", "probation"},
                                       {"试用中", "probation"},
                                       {"probation", "probation"},
                                       {"待入职", "onboarding"},
                                       {"入职中", "onboarding"},
                                       {"onboarding", "onboarding"},
                                       {"离职中", "notice"},
                                       {"待离职", "notice"},
                                       {"通知期", "notice"},
                                       {"notice", "notice"},
                                       {"notice period", "notice"},
                                       {"离职", "departed"},
                                       {"已离职", "departed"},
                                       {"departed", "departed"}});
    if (!code.isEmpty())
        return code;
    for (const QString &status : staff::EmployeeFields::statuses()) {
        if (key(staff::EmployeeFields::statusLabel(status)) == key(text))
            return status;
    }
    return QString();
}

QString ValueNormaliser::customerKind(const QString &text)
{
    const QString code = lookup(text, {{"企业", "company"},
                                       {"公司", "company"},
                                       {"单位", "company"},
                                       {"企业客户", "company"},
                                       {"company", "company"},
                                       {"business", "company"},
                                       {"个人", "person"},
                                       {"个人客户", "person"},
                                       {"自然人", "person"},
                                       {"person", "person"},
                                       {"individual", "person"}});
    return code.isEmpty() ? customers::CustomerFields::kindFromText(text) : code;
}

QString ValueNormaliser::customerTier(const QString &text)
{
    const QString code = lookup(text, {{"重点", "key"},     {"重点客户", "key"}, {"key", "key"},   {"vip", "key"},
                                       {"a", "A"},          {"a类", "A"},        {"a级", "A"},     {"b", "B"},
                                       {"b类", "B"},        {"b级", "B"},        {"c", "C"},       {"c类", "C"},
                                       {"c级", "C"},        {"key account", "key"}});
    return code.isEmpty() ? customers::CustomerFields::tierFromText(text) : code;
}

QString ValueNormaliser::customerStatus(const QString &text)
{
    const QString code = lookup(text, {{"潜在", "prospect"}, {"潜在客户", "prospect"}, {"意向", "prospect"},
                                       {"prospect", "prospect"}, {"活跃", "active"},   {"正常", "active"},
                                       {"合作中", "active"},   {"active", "active"},     {"休眠", "dormant"},
                                       {"沉睡", "dormant"},    {"dormant", "dormant"},   {"流失", "lost"},
                                       {"已流失", "lost"},     {"lost", "lost"}});
    return code.isEmpty() ? customers::CustomerFields::statusFromText(text) : code;
}

QStringList ValueNormaliser::departmentPath(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[/\\\\>＞／]\\s*"));
    QStringList parts = text.trimmed().split(separators, Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace hrdesk::io
