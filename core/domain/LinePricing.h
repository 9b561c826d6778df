#pragma once

#include "OrderLine.h"
#include "Product.h"

// What a line costs, to the cent. A line of an in-progress basket follows the product's
// current price; a validated line keeps the price frozen at validation. A weight-priced line
// costs its weighed weight, or its estimated weight until weighed, at the price per kilogram.
namespace LinePricing {
qint64 unitPrice(const Product &product, const OrderLine &line);
qint64 grams(const OrderLine &line);
qint64 amount(const Product &product, const OrderLine &line);
// The estimated weight of `quantity` (pieces, or grams when ordered by weight).
qint64 estimatedGrams(const Product &product, qint64 quantity);
}
