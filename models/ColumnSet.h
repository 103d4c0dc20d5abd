#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hrdesk::models {

// One column a list can show. `id` is stable (saved in the user's settings); `title` is the
// untranslated header, translated in the model's context (QT_TRANSLATE_NOOP where declared).
struct ListColumn
{
    QString id;
    const char *title = nullptr;
    bool defaultVisible = true;
    // SQL expression the list sorts by, identical to the expression of a (key, id) index in
    // schema 6; empty when the column cannot be sorted.
    QString sortExpression;
};

// The catalogue of columns of a list: the model serves all of them, the view shows the ones the
// user chose (visibleIds), and remembers that choice as a list of ids.
class ColumnSet
{
public:
    explicit ColumnSet(QList<ListColumn> columns);

    int count() const { return static_cast<int>(m_columns.size()); }
    const ListColumn &at(int index) const { return m_columns.at(index); }
    int indexOf(const QString &id) const;
    bool isSortable(int index) const;

    QStringList defaultVisibleIds() const;
    // A saved choice cleaned up: unknown ids (columns removed in a later version) are dropped;
    // nothing left means the defaults.
    QStringList visibleIds(const QStringList &saved) const;

private:
    QList<ListColumn> m_columns;
};

} // namespace hrdesk::models
