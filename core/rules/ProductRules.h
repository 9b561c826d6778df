#pragma once

#include "common/Result.h"
#include "domain/Product.h"

#include <QCoreApplication>

// A product needs a name and a plausible price, VAT rate and weight.
class ProductRules {
    Q_DECLARE_TR_FUNCTIONS(ProductRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(Product &product);
};
