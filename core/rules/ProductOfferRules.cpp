#include "ProductOfferRules.h"

#include "Validation.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 largestStock = 100'000'000; // 100 t in grams: above is a typing mistake
}

Status ProductOfferRules::check(const ProductOffer &offer, const QString &productName)
{
    Validation validation;
    if (offer.stock && *offer.stock < 0)
        validation.fail(u"stock"_s, tr("The stock of “%1” must be zero or more.").arg(productName));
    else if (offer.stock && *offer.stock > largestStock)
        validation.fail(u"stock"_s, tr("A stock of %1 for “%2” is not plausible.").arg(*offer.stock).arg(productName));
    return validation.status();
}
