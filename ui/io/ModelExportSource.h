#pragma once

#include "core/io/Exporter.h"

#include <QList>
#include <QPointer>

namespace hrdesk::models {
class ListModelBase;
}

namespace hrdesk::ui {

// The rows of a list model as an export table: the columns the view shows (in their visual
// order), the model's current search, filters and sort, and every matching row, not only the
// rows the view has loaded. Rows are read in order through the model's keyset pager: each page of
// KeysetPager::PageSize rows is one range query continuing after the previous page, and at most
// KeysetPager::MaxPages pages stay in memory, so exporting 200,000 customers never holds the list.
// Values are what the list shows (masked phone and ID numbers stay masked in the file).
class ModelExportSource
{
public:
    // columns: model column indexes, in the order they appear in the file.
    static io::ExportTable table(models::ListModelBase *model, const QList<int> &columns);
};

} // namespace hrdesk::ui
