#pragma once

#include "common/Result.h"
#include "domain/ProductOffer.h"

#include <QCoreApplication>

// A stock for one distribution is a whole number of pieces (or grams), zero or more.
class ProductOfferRules {
    Q_DECLARE_TR_FUNCTIONS(ProductOfferRules)

public:
    // `productName` names the product in the messages.
    static Status check(const ProductOffer &offer, const QString &productName);
};
