#pragma once

#include <QString>

// Record keys: UUIDs as lowercase text without braces, so that records made offline on
// different desks never collide.
namespace Ids {
QString create();
bool isWellFormed(const QString &id);

// Tests that replay a scenario from a seed need the same keys each time (the order of keys
// decides which of two merged rows survives): from now on, create() draws from a generator
// with this seed. Not thread-safe; never called by the application.
void useSeedForTests(quint32 seed);
}
