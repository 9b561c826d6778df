#pragma once

#include "BasketEdit.h"
#include "queries/OrderEntryOffer.h"
#include "common/Result.h"

#include <QCoreApplication>

class Store;

// Order lines typed as "REF=QTY" (the CLI's --line): REF a product reference or id, QTY as
// QuantityText reads it for that product, or 0 to take the product out of the order.
class OrderLineInput {
    Q_DECLARE_TR_FUNCTIONS(OrderLineInput)

public:
    // `offer` is the distribution's offer as the person sees it; `store` tells a product that
    // exists elsewhere (not offered here) from one that does not exist at all.
    static Result<LineRequest> read(const QString &argument, const OrderEntryOffer &offer, Store &store);
    // The product `reference` (or id) names in the offer.
    static Result<const OfferedProduct *> product(const QString &reference, const OrderEntryOffer &offer, Store &store);
};
