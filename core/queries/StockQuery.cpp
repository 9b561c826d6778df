#include "StockQuery.h"

#include "BasketSql.h"
#include "domain/StockLeft.h"
#include "repositories/ProductOfferRepository.h"
#include "store/Query.h"
#include "store/Store.h"

Result<std::optional<qint64>> StockQuery::leftFor(const QString &distributionId, const QString &productId,
                                                  const QString &basketId) const
{
    auto offer = ProductOfferRepository(m_store).findFor(distributionId, productId);
    if (!offer)
        return offer.error();
    if (!offer->has_value() || !(*offer)->stock)
        return std::optional<qint64>();
    Query held(m_store.database(),
               QStringLiteral("SELECT coalesce(sum(line.quantity), 0) FROM order_line line "
                              "JOIN basket b ON b.id = line.basket_id WHERE line.product_id = ? "
                              "AND line.deleted = 0 AND b.distribution_id = ? AND b.id != ? AND ")
                   + BasketSql::live(QStringLiteral("b")));
    held.bind(productId).bind(distributionId).bind(basketId);
    if (Status done = held.exec(); !done)
        return done.error();
    return StockLeft::forBasket((*offer)->stock, held.next() ? held.integer(0) : 0);
}
