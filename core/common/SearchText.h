#pragma once

#include <QString>

// Text as search compares it: lowercase, without accents, ligatures spelled out, spaces
// simplified. SQLite's LIKE folds only ASCII, so the store keeps this form in indexed columns.
namespace SearchText {
QString fold(const QString &text);
}
