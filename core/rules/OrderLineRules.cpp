#include "OrderLineRules.h"

#include "Validation.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 mostPieces = 10'000;
constexpr qint64 mostGrams = 1'000'000; // one tonne
}

Status OrderLineRules::prepare(OrderLine &line)
{
    Validation validation;
    validation.require(!line.productId.isEmpty(), u"productId"_s, tr("Choose a product."));
    validation.require(line.quantity > 0, u"quantity"_s, tr("The quantity must be more than zero."));
    validation.require(line.quantity <= mostPieces || (line.estimatedGrams > 0 && line.quantity <= mostGrams),
                       u"quantity"_s, tr("A quantity of %1 is not plausible.").arg(line.quantity));
    validation.require(line.estimatedGrams >= 0 && line.estimatedGrams <= mostGrams, u"quantity"_s,
                       tr("An estimated weight over one tonne is not plausible."));
    if (line.weighedGrams)
        validation.require(*line.weighedGrams >= 0 && *line.weighedGrams <= mostGrams, u"weighedGrams"_s,
                           tr("A weighed quantity over one tonne is not plausible."));
    if (line.unitPriceCents)
        validation.require(*line.unitPriceCents >= 0, u"unitPriceCents"_s, tr("A price cannot be negative."));
    return validation.status();
}
