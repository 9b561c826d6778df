#pragma once

#include "domain/ProductOffer.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class ProductOfferRepository : public Repository<ProductOfferRepository, ProductOffer> {
    Q_DECLARE_TR_FUNCTIONS(ProductOfferRepository)

public:
    explicit ProductOfferRepository(Store &store);

    Result<QList<ProductOffer>> listForDistribution(const QString &distributionId) const;
    // The product's row in the distribution's offer; none when it has none (on offer, no limit).
    Result<std::optional<ProductOffer>> findFor(const QString &distributionId, const QString &productId) const;

    static QVariantMap toRow(const ProductOffer &record);
    static ProductOffer fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
