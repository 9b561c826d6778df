#include "PreviousBasketQuery.h"

#include "store/Query.h"
#include "store/SqlValue.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

Result<std::optional<PreviousBasketQuery::Found>>
PreviousBasketQuery::before(const Distribution &current, const QString &memberId, const OrderActor &actor) const
{
    // The lines a producer may see are those of their catalogues; a coordinator sees them all.
    const QString reach = actor.isProducer()
        ? u"AND EXISTS (SELECT 1 FROM order_line l JOIN product p ON p.id = l.product_id "
          "JOIN catalogue c ON c.id = p.catalogue_id WHERE l.basket_id = b.id AND l.deleted = 0 "
          "AND c.producer_id = ?) "_s
        : u"AND EXISTS (SELECT 1 FROM order_line l WHERE l.basket_id = b.id AND l.deleted = 0) "_s;
    Query query(m_store.database(),
                u"SELECT b.id, d.local_date FROM basket b JOIN distribution d ON d.id = b.distribution_id "
                "WHERE b.member_id = ? AND b.deleted = 0 AND b.status = 'validated' AND d.deleted = 0 "
                "AND d.cancelled = 0 AND b.distribution_id != ? "
                "AND (d.local_date < ? OR (d.local_date = ? AND d.start_time < ?)) "_s
                    + reach + u"ORDER BY d.local_date DESC, d.start_time DESC LIMIT 1"_s);
    query.bind(memberId).bind(current.id).bind(SqlValue::date(current.date)).bind(SqlValue::date(current.date))
        .bind(SqlValue::time(current.startTime));
    if (actor.isProducer())
        query.bind(actor.producerId);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<Found>();
    return std::optional<Found>(Found{query.text(0), SqlValue::toDate(query.value(1))});
}
