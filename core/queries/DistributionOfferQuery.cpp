#include "DistributionOfferQuery.h"

#include "BasketSql.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/ProductOfferRepository.h"
#include "repositories/ProductRepository.h"
#include "store/Query.h"
#include "store/Store.h"

#include <QCollator>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

Result<QList<OfferEntry>> DistributionOfferQuery::of(const QString &distributionId) const
{
    auto windows = OrderingWindowRepository(m_store).listForDistribution(distributionId);
    if (!windows)
        return windows.error();
    auto offers = ProductOfferRepository(m_store).listForDistribution(distributionId);
    if (!offers)
        return offers.error();
    QHash<QString, ProductOffer> offerByProduct;
    for (const ProductOffer &offer : *offers)
        offerByProduct.insert(offer.productId, offer);

    Query ordered(m_store.database(),
                  u"SELECT line.product_id, sum(line.quantity) FROM order_line line "
                  "JOIN basket ON basket.id = line.basket_id "
                  "WHERE line.deleted = 0 AND basket.distribution_id = ? AND "_s
                      + BasketSql::live(u"basket"_s) + u" GROUP BY line.product_id"_s);
    ordered.bind(distributionId);
    if (Status done = ordered.exec(); !done)
        return done.error();
    QHash<QString, qint64> orderedByProduct;
    while (ordered.next())
        orderedByProduct.insert(ordered.text(0), ordered.integer(1));

    CatalogueRepository catalogues(m_store);
    ProductRepository products(m_store);
    QList<OfferEntry> entries;
    QList<std::pair<QString, QList<OfferEntry>>> byCatalogue;
    for (const OrderingWindow &window : *windows) {
        auto catalogue = catalogues.find(window.catalogueId);
        if (!catalogue)
            return catalogue.error();
        auto ofCatalogue = products.listForCatalogue(window.catalogueId, true);
        if (!ofCatalogue)
            return ofCatalogue.error();
        QList<OfferEntry> group;
        for (const Product &product : *ofCatalogue) {
            OfferEntry entry;
            entry.product = product;
            entry.catalogueName = catalogue->name;
            entry.ordered = orderedByProduct.value(product.id);
            if (!product.active && entry.ordered == 0)
                continue;
            if (const auto offer = offerByProduct.constFind(product.id); offer != offerByProduct.cend()) {
                entry.excluded = offer->excluded;
                entry.stock = offer->stock;
            }
            group.append(entry);
        }
        byCatalogue.append({catalogue->name, group});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(byCatalogue.begin(), byCatalogue.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &group : byCatalogue)
        entries.append(group.second);
    return entries;
}
