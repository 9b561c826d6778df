#pragma once

#include "common/Result.h"
#include "domain/OrderActor.h"
#include "queries/OrderEntryOffer.h"

#include <QCoreApplication>

class Store;

// Reads a distribution's offer for the order dialog in five queries, however large the group:
// the distribution and its place, the currency, the catalogues taking part with their windows
// and producers, their products with this distribution's stock, and what the baskets hold.
class OrderEntryQuery {
    Q_DECLARE_TR_FUNCTIONS(OrderEntryQuery)

public:
    explicit OrderEntryQuery(Store &store) : m_store(store) {}

    // The offer as `actor` may see it: a producer sees only their own catalogues.
    Result<OrderEntryOffer> load(const QString &distributionId, const OrderActor &actor) const;

private:
    Store &m_store;
};
