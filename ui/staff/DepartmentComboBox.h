#pragma once

#include <QComboBox>
#include <QSqlDatabase>

namespace hrdesk::ui {

// The department tree as a combo box: every department indented under its parent, with its full
// path as tooltip. Optionally starts with an "all departments" entry (the list filter).
class DepartmentComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit DepartmentComboBox(QSqlDatabase db, const QString &allText = QString(), QWidget *parent = nullptr);

    void reload();
    // The chosen department's id; empty for the "all" entry or nothing chosen.
    QString selectedId() const;
    void setSelectedId(const QString &id);

protected:
    // Closed, the box shows the chosen department's whole path instead of its indented name.
    void paintEvent(QPaintEvent *event) override;

private:
    QSqlDatabase m_db;
    QString m_allText;
};

} // namespace hrdesk::ui
