#include "OrderEntryQuery.h"

#include "BasketSql.h"
#include "common/SearchText.h"
#include "repositories/DistributionRepository.h"
#include "store/Query.h"
#include "store/SqlValue.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

Result<OrderEntryOffer> OrderEntryQuery::load(const QString &distributionId, const OrderActor &actor) const
{
    auto distribution = DistributionRepository(m_store).find(distributionId);
    if (!distribution)
        return distribution.error();
    OrderEntryOffer offer;
    offer.distribution = *distribution;
    Database &database = m_store.database();

    Query place(database, u"SELECT name FROM place WHERE id = ?"_s);
    place.bind(distribution->placeId);
    if (Status done = place.exec(); !done)
        return done.error();
    if (place.next())
        offer.placeName = place.text(0);

    Query group(database, u"SELECT currency FROM market_group WHERE deleted = 0 LIMIT 1"_s);
    if (Status done = group.exec(); !done)
        return done.error();
    if (group.next())
        offer.currency = group.text(0);

    Query catalogues(database,
                     u"SELECT w.id, w.catalogue_id, w.opens_at, w.closes_at, c.name, c.producer_id, p.name, "
                     "p.vat_registered FROM ordering_window w JOIN catalogue c ON c.id = w.catalogue_id "
                     "JOIN producer p ON p.id = c.producer_id WHERE w.distribution_id = ? AND w.deleted = 0 "
                     "ORDER BY c.name COLLATE NOCASE, c.id"_s);
    catalogues.bind(distributionId);
    if (Status done = catalogues.exec(); !done)
        return done.error();
    QHash<QString, qsizetype> catalogueIndex;
    while (catalogues.next()) {
        OfferedCatalogue catalogue;
        catalogue.window.id = catalogues.text(0);
        catalogue.window.distributionId = distributionId;
        catalogue.window.catalogueId = catalogues.text(1);
        catalogue.window.opensAt = SqlValue::toInstant(catalogues.value(2));
        catalogue.window.closesAt = SqlValue::toInstant(catalogues.value(3));
        catalogue.id = catalogue.window.catalogueId;
        catalogue.name = catalogues.text(4);
        catalogue.producerId = catalogues.text(5);
        catalogue.producerName = catalogues.text(6);
        catalogue.vatRegistered = catalogues.flag(7);
        if (!actor.reaches(catalogue.producerId))
            continue;
        catalogueIndex.insert(catalogue.id, offer.catalogues.size());
        offer.catalogues.append(catalogue);
    }

    Query products(database,
                   u"SELECT p.id, p.catalogue_id, p.name, p.reference, p.unit, p.price_cents, p.vat_rate_bp, "
                   "p.weight_priced, p.piece_weight_grams, p.organic, p.bulk, p.content_thousandths, p.active, "
                   "p.search_text, o.excluded, o.stock FROM ordering_window w "
                   "JOIN product p ON p.catalogue_id = w.catalogue_id AND p.deleted = 0 "
                   "LEFT JOIN product_offer o ON o.distribution_id = w.distribution_id AND o.product_id = p.id "
                   "AND o.deleted = 0 WHERE w.distribution_id = ? AND w.deleted = 0 "
                   "ORDER BY p.name COLLATE NOCASE, p.id"_s);
    products.bind(distributionId);
    if (Status done = products.exec(); !done)
        return done.error();
    QHash<QString, qsizetype> productRow;
    while (products.next()) {
        const auto catalogue = catalogueIndex.constFind(products.text(1));
        if (catalogue == catalogueIndex.cend())
            continue;
        OfferedProduct offered;
        Product &product = offered.product;
        product.id = products.text(0);
        product.catalogueId = products.text(1);
        product.name = products.text(2);
        product.reference = products.text(3);
        Product::unitFromKey(products.text(4), &product.unit);
        product.priceCents = products.integer(5);
        product.vatRateBasisPoints = int(products.integer(6));
        product.weightPriced = products.flag(7);
        product.pieceWeightGrams = int(products.integer(8));
        product.organic = products.flag(9);
        product.bulk = products.flag(10);
        product.contentThousandths = products.integer(11);
        product.active = products.flag(12);
        offered.searchText = products.text(13);
        offered.catalogue = *catalogue;
        offered.offered = product.active && !products.flag(14);
        if (!products.isNull(15))
            offered.stock = products.integer(15);
        offered.nameKey = SearchText::fold(product.name);
        offered.referenceKey = SearchText::fold(product.reference);
        productRow.insert(product.id, offer.products.size());
        offer.products.append(std::move(offered));
    }
    offer.index();

    Query held(database, u"SELECT line.product_id, sum(line.quantity) FROM basket b "
                         "JOIN order_line line ON line.basket_id = b.id AND line.deleted = 0 "
                         "WHERE b.distribution_id = ? AND "_s
                             + BasketSql::live(u"b"_s) + u" GROUP BY line.product_id"_s);
    held.bind(distributionId);
    if (Status done = held.exec(); !done)
        return done.error();
    while (held.next()) {
        const auto row = productRow.constFind(held.text(0));
        if (row != productRow.cend())
            offer.products[*row].held = held.integer(1);
    }
    return offer;
}
