#include "OfferService.h"

#include "CatalogueAccess.h"
#include "common/Ids.h"
#include "repositories/DistributionRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/ProductOfferRepository.h"
#include "repositories/ProductRepository.h"
#include "rules/ProductOfferRules.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

Result<QList<OfferEntry>> OfferService::offer(const QString &distributionId) const
{
    if (!DistributionRepository(m_store).exists(distributionId))
        return Error::notFound(DistributionRepository::notFoundMessage(distributionId));
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    auto entries = DistributionOfferQuery(m_store).of(distributionId);
    if (!entries || !access->isProducer())
        return entries;
    QList<OfferEntry> reached;
    for (const OfferEntry &entry : *entries) {
        auto mine = access->reachesCatalogue(entry.product.catalogueId);
        if (!mine)
            return mine.error();
        if (*mine)
            reached.append(entry);
    }
    return reached;
}

Status OfferService::setOffer(const QString &distributionId, const QList<ProductOffer> &changes)
{
    if (!DistributionRepository(m_store).exists(distributionId))
        return Error::notFound(DistributionRepository::notFoundMessage(distributionId));
    auto windows = OrderingWindowRepository(m_store).listForDistribution(distributionId);
    if (!windows)
        return windows.error();
    QSet<QString> taking;
    for (const OrderingWindow &window : *windows)
        taking.insert(window.catalogueId);
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();

    ProductRepository products(m_store);
    QList<FieldIssue> issues;
    for (const ProductOffer &change : changes) {
        auto product = products.find(change.productId);
        if (!product)
            return product.error();
        // Another producer's product refuses the whole change, as any other bad change.
        if (Status allowed = access->mayChangeProduct(product->id); !allowed)
            return allowed;
        if (!taking.contains(product->catalogueId)) {
            issues.append({u"productId"_s, tr("“%1” is not in a catalogue taking part in this distribution.")
                                               .arg(product->name)});
            continue;
        }
        if (Status valid = ProductOfferRules::check(change, product->name); !valid)
            issues.append(valid.error().issues());
    }
    if (!issues.isEmpty())
        return Error::validation(issues);

    ProductOfferRepository offers(m_store);
    return inTransaction(m_store.database(), [&]() -> Status {
        for (const ProductOffer &change : changes) {
            auto existing = offers.findFor(distributionId, change.productId);
            if (!existing)
                return existing.error();
            ProductOffer offer = existing->value_or(ProductOffer());
            offer.distributionId = distributionId;
            offer.productId = change.productId;
            offer.excluded = change.excluded;
            offer.stock = change.stock;
            if (offer.id.isEmpty()) {
                if (!offer.excluded && !offer.stock)
                    continue; // the default needs no row
                offer.id = Ids::create();
                if (Status inserted = offers.insert(offer); !inserted)
                    return inserted;
            } else if (auto updated = offers.update(offer); !updated) {
                return updated.error();
            }
        }
        return {};
    });
}

Result<bool> OfferService::isOffered(const QString &distributionId, const QString &productId) const
{
    auto product = ProductRepository(m_store).find(productId);
    if (!product)
        return product.error();
    if (!product->active)
        return false;
    auto windows = OrderingWindowRepository(m_store).listForDistribution(distributionId);
    if (!windows)
        return windows.error();
    const bool taking = std::any_of(windows->cbegin(), windows->cend(), [&](const OrderingWindow &window) {
        return window.catalogueId == product->catalogueId;
    });
    if (!taking)
        return false;
    auto offer = ProductOfferRepository(m_store).findFor(distributionId, productId);
    if (!offer)
        return offer.error();
    return !(offer->has_value() && (*offer)->excluded);
}
