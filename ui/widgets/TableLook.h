#pragma once

class QTableView;

// The look every list of the app shares: whole rows selected, compact rows, no row numbers.
namespace TableLook {
void apply(QTableView *table);
}
