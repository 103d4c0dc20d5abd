#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace hrdesk::io {

// Turns the values people type into spreadsheets into the stored codes and dates: 2024-03-01,
// 2024/3/1, 2024年3月1日 and Excel date serials; 男/女/M/F; 重点/key/A/B/C; 企业/个人 ...
// Each function returns an empty string (or an invalid date) when the text is not understood;
// empty input gives empty output. The rules a value must then meet are the validators'.
class ValueNormaliser
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::ValueNormaliser)

public:
    static QDate date(const QString &text);
    static QString gender(const QString &text);
    static QString idType(const QString &text);
    static QString employeeStatus(const QString &text);
    static QString customerKind(const QString &text);
    static QString customerTier(const QString &text);
    static QString customerStatus(const QString &text);
    // Path segments of a department ("华东区 / 上海分公司 / 销售一部", also with \ > or ／).
    static QStringList departmentPath(const QString &text);
};

} // namespace hrdesk::io
