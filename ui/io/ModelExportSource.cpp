#include "ui/io/ModelExportSource.h"

#include "models/ListModelBase.h"

#include <memory>

namespace hrdesk::ui {

io::ExportTable ModelExportSource::table(models::ListModelBase *model, const QList<int> &columns)
{
    io::ExportTable table;
    for (int column : columns)
        table.headers.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());

    // The total is fixed when the export starts: rows added meanwhile are not half-included.
    QPointer<models::ListModelBase> guarded(model);
    const int total = model->rowCount();
    auto nextRow = std::make_shared<int>(0);
    table.next = [guarded, columns, total, nextRow](QStringList &row) {
        if (!guarded || *nextRow >= total || *nextRow >= guarded->rowCount())
            return false;
        row.clear();
        row.reserve(columns.size());
        for (int column : columns)
            row.append(guarded->index(*nextRow, column).data(Qt::DisplayRole).toString());
        ++*nextRow;
        return true;
    };
    return table;
}

} // namespace hrdesk::ui
