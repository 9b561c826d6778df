#include "ProductRules.h"

#include "Validation.h"
#include "common/Money.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 highestPriceCents = 1'000'000; // 10,000 €: above is a typing mistake
constexpr int highestVatRate = 3000;            // 30 %
constexpr int heaviestPieceGrams = 100'000;     // 100 kg
}

Status ProductRules::prepare(Product &product)
{
    Validation validation;
    product.name = tidyLine(product.name);
    product.reference = tidyLine(product.reference);
    product.description = tidyText(product.description);

    validation.require(!product.name.isEmpty(), u"name"_s, tr("Enter the product’s name."));
    validation.text(u"name"_s, product.name, Validation::nameLength, tr("The product’s name"));
    validation.text(u"reference"_s, product.reference, 40, tr("The reference"));
    validation.text(u"description"_s, product.description, Validation::longTextLength, tr("The description"), true);
    validation.require(!product.catalogueId.isEmpty(), u"catalogueId"_s, tr("Choose the product’s catalogue."));

    if (product.priceCents <= 0)
        validation.fail(u"priceCents"_s, tr("The price must be more than zero."));
    else if (product.priceCents > highestPriceCents)
        validation.fail(u"priceCents"_s, tr("A price of %1 is not plausible (at most %2).")
                                             .arg(Money::format(product.priceCents), Money::format(highestPriceCents)));
    validation.require(product.vatRateBasisPoints >= 0 && product.vatRateBasisPoints <= highestVatRate,
                       u"vatRateBasisPoints"_s, tr("The VAT rate must be between 0 % and 30 %."));
    if (product.pieceWeightGrams < 0 || product.pieceWeightGrams > heaviestPieceGrams)
        validation.fail(u"pieceWeightGrams"_s, tr("The weight of a piece must be between 0 and 100 kg."));
    else if (product.pieceWeightGrams > 0 && !product.weightPriced)
        validation.fail(u"pieceWeightGrams"_s,
                        tr("Only a product priced by weight can have an estimated weight per piece."));
    validation.require(product.contentThousandths >= 0 && product.contentThousandths <= 1'000'000'000,
                       u"contentThousandths"_s, tr("The content per unit is not plausible."));
    return validation.status();
}
