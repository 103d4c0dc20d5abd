#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace hrdesk::audit {

// The canonical JSON text (CanonicalJson) of a flat object of strings, integers and nulls,
// written straight from the values: byte for byte CanonicalJson::text() of the same QJsonObject,
// without building one. An import declares an audit record per row, and building a QJsonObject
// per row cost more than inserting the row.
//
//   CanonicalObjectWriter w;
//   w.addString(u"name", name); w.addNull(u"email"); w.addInteger(u"import_row", 7);
//   const QByteArray text = w.text();
//
// Keys are sorted as QJsonObject sorts them; a key added twice keeps its last value, as
// QJsonObject::insert() does. The writer can be reused after text().
class CanonicalObjectWriter
{
public:
    void addString(QStringView key, QStringView value);
    void addInteger(QStringView key, qint64 value);
    void addNull(QStringView key);
    // Empty text as null: how HR Desk's entity snapshots write an unset field.
    void addTextOrNull(QStringView key, QStringView value);

    QByteArray text();

private:
    struct Member
    {
        QStringView key;
        QByteArray value; // already JSON
    };
    std::vector<Member> m_members;
};

} // namespace hrdesk::audit
