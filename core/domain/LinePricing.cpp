#include "LinePricing.h"

#include "common/Money.h"

namespace LinePricing {

qint64 unitPrice(const Product &product, const OrderLine &line)
{
    return line.unitPriceCents.value_or(product.priceCents);
}

qint64 grams(const OrderLine &line)
{
    return line.weighedGrams.value_or(line.estimatedGrams);
}

qint64 amount(const Product &product, const OrderLine &line)
{
    if (product.weightPriced)
        return Money::forWeight(unitPrice(product, line), grams(line));
    return unitPrice(product, line) * line.quantity;
}

qint64 estimatedGrams(const Product &product, qint64 quantity)
{
    if (!product.weightPriced)
        return 0;
    if (product.orderedByWeight())
        return quantity;
    return quantity * product.pieceWeightGrams;
}

}
