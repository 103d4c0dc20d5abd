#include "ui/staff/EmployeePickerDialog.h"

#include "models/StaffListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hrdesk::ui {

EmployeePickerDialog::EmployeePickerDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_model(new models::StaffListModel(std::move(db), this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Choose an employee"));
    m_search->setPlaceholderText(tr("Name, employee number, pinyin initials, full mobile or ID number"));
    m_search->setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString id = m_model->columns().at(c).id;
        m_view->setColumnHidden(c, id != QLatin1String("employee_no") && id != QLatin1String("name")
                                       && id != QLatin1String("department") && id != QLatin1String("position"));
    }
    connect(m_view, &QTableView::doubleClicked, this, &EmployeePickerDialog::choose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmployeePickerDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 25);
}

void EmployeePickerDialog::choose()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_selectedId = m_model->entityId(row);
    m_selectedLabel = m_model->index(row, models::StaffListModel::EmployeeNoColumn).data().toString()
        + QLatin1Char(' ') + m_model->index(row, models::StaffListModel::NameColumn).data().toString();
    accept();
}

} // namespace hrdesk::ui
