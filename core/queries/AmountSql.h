#pragma once

#include <QString>

// LinePricing written in SQL, for totals computed by the database over many lines. Integer
// arithmetic only: (grams × price per kg + 500) / 1000 rounds half up for the positive amounts
// Comptoir stores. A test checks it against LinePricing line by line.
namespace AmountSql {
// The amount of one line, for an order_line aliased `line` joined to its product `product`.
inline QString lineAmount()
{
    return QStringLiteral(
        "(CASE WHEN product.weight_priced = 1 "
        "THEN (coalesce(line.weighed_grams, line.estimated_grams) * coalesce(line.unit_price_cents, product.price_cents) + 500) / 1000 "
        "ELSE line.quantity * coalesce(line.unit_price_cents, product.price_cents) END)");
}
}
