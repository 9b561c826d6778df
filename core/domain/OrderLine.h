#pragma once

#include "RowStamp.h"

#include <QString>
#include <optional>

// One product in a basket. `quantity` counts pieces, or grams for a product ordered by weight.
struct OrderLine {
    QString id;
    QString basketId;
    QString productId;
    qint64 quantity = 0;
    // Frozen at validation; none while the basket is in progress (the current price applies).
    std::optional<qint64> unitPriceCents;
    // Weight-priced products: the estimated weight at ordering, the weighed one on the day.
    qint64 estimatedGrams = 0;
    std::optional<qint64> weighedGrams;
    RowStamp stamp;
};
