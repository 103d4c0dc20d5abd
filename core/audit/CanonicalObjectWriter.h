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
// QJsonObject::insert() does. Keys are views: they must stay valid until text(). The writer
// can be reused after text(), and then allocates little.
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
        qsizetype start;  // of the value's JSON in m_values
        qsizetype length;
    };
    void add(QStringView key, qsizetype start);

    std::vector<Member> m_members;
    QByteArray m_values; // every value's JSON, one after the other (kept allocated across objects)
};

} // namespace hrdesk::audit
