#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "domain/ProductOffer.h"

#include <QList>
#include <QString>
#include <optional>

class Store;

// One product in a distribution's offer as the offer editor shows it.
struct OfferEntry {
    Product product;
    QString catalogueName;
    bool excluded = false;
    std::optional<qint64> stock; // pieces, or grams when ordered by weight; none: no limit
    qint64 ordered = 0;          // the same unit, in baskets not cancelled

    bool offered() const { return product.active && !excluded; }
    // What is left to order; none without a stock. Negative when more was ordered than stocked.
    std::optional<qint64> remaining() const { return stock ? std::optional<qint64>(*stock - ordered) : std::nullopt; }
};

// The offer of one distribution: every product of the catalogues taking part (active ones, and
// inactive ones that were already ordered), with what was left out, the stocks and the
// quantities ordered so far. By catalogue, then product name.
class DistributionOfferQuery {
public:
    explicit DistributionOfferQuery(Store &store) : m_store(store) {}

    Result<QList<OfferEntry>> of(const QString &distributionId) const;

private:
    Store &m_store;
};
