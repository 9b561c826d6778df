#pragma once

#include <QString>

// Record keys: UUIDs as lowercase text without braces, so that records made offline on
// different desks never collide.
namespace Ids {
QString create();
bool isWellFormed(const QString &id);
}
