#pragma once

#include <QString>

// The SQL of "a basket that counts", for queries over many baskets; the C++ side is
// Basket::status. Aliases are the caller's literals, never input.
namespace BasketSql {
// A basket aliased `alias` that counts: not deleted, not cancelled.
inline QString live(const QString &alias)
{
    return alias + QStringLiteral(".deleted = 0 AND ") + alias + QStringLiteral(".status != 'cancelled'");
}
}
