#pragma once

#include <QString>

class Store;

// Every row of every table as text, in a stable order: two snapshots are equal exactly when
// the database holds the same data. Tests take one before bad input and compare after.
namespace DatabaseSnapshot {
QString take(Store &store);
}
