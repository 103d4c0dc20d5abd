#pragma once

#include "core/io/ImportTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hrdesk::io {

// The columns an import understands, and the headers people actually write for them, in Chinese
// and in English ("工号", "员工编号", "Employee No." -> employee_no). Field ids are the database
// column names, except department (a path such as 华东区/上海分公司/销售一部) and
// owner_employee_no (a customer's owner given by employee number).
class HeaderDictionary
{
    Q_DECLARE_TR_FUNCTIONS(hrdesk::io::HeaderDictionary)

public:
    struct Field
    {
        QString id;
        bool required = false;  // the file must have this column
        QStringList headers;    // recognised header texts, compared after normaliseHeader()
    };

    static const QList<Field> &fields(ImportTarget target);
    static QStringList fieldIds(ImportTarget target);
    static bool isRequired(ImportTarget target, const QString &field);
    // The field a header stands for, or an empty string when it is not recognised.
    static QString fieldForHeader(ImportTarget target, const QString &header);
    // The translated name of a field, as forms show it.
    static QString label(ImportTarget target, const QString &field);
    // Case, spaces, punctuation such as "*" (required marks) and full-width forms do not matter.
    static QString normaliseHeader(const QString &header);
};

} // namespace hrdesk::io
