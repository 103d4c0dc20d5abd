#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hrdesk::customers {

// Translated names of the customer book's fields and enumeration values, for forms, list
// headers, import mapping and error reports. Keys are the stored column names and values.
class CustomerFields
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::customers::CustomerFields)

public:
    // The editable customer fields in form order.
    static QStringList keys();
    // "credit_code" -> "Unified social credit code" (统一社会信用代码); the key itself if unknown.
    static QString label(const QString &field);

    // Field labels of the rows around a customer (keys are their column names).
    static QString contactLabel(const QString &field);
    static QString followUpLabel(const QString &field);
    static QString dealLabel(const QString &field);
    static QString salesContractLabel(const QString &field);

    static QString kindLabel(const QString &kind);
    static QString tierLabel(const QString &tier);
    static QString statusLabel(const QString &status);
    static QString channelLabel(const QString &channel);
    static QString stageLabel(const QString &stage);

    // The stored key for text a person typed: the key itself (any case) or its translated
    // label, e.g. "重点客户" or "Key" -> "key". Empty when nothing matches.
    static QString kindFromText(const QString &text);
    static QString tierFromText(const QString &text);
    static QString statusFromText(const QString &text);
};

} // namespace hrdesk::customers
