#pragma once

#include "common/Result.h"
#include "domain/ProductOffer.h"
#include "queries/DistributionOfferQuery.h"

#include <QCoreApplication>

class Store;

// The offer of a distribution: every active product of the catalogues taking part, unless left
// out of that distribution (the asparagus are over), each with an optional stock for that
// distribution only.
class OfferService {
    Q_DECLARE_TR_FUNCTIONS(OfferService)

public:
    explicit OfferService(Store &store) : m_store(store) {}

    // For a producer acting, only their own products.
    Result<QList<OfferEntry>> offer(const QString &distributionId) const;
    // Applies each change (product, left out or not, stock or none) in one transaction; a bad
    // change refuses them all, as does a producer's change to another producer's product.
    // Putting a product back with no stock returns it to the default.
    Status setOffer(const QString &distributionId, const QList<ProductOffer> &changes);
    // Whether the product can be ordered at the distribution: its catalogue takes part, it is
    // active and not left out.
    Result<bool> isOffered(const QString &distributionId, const QString &productId) const;

private:
    Store &m_store;
};
