#include "OrderLineRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

OrderLineRepository::OrderLineRepository(Store &store)
    : Repository(store, u"order_line"_s)
{
}

QVariantMap OrderLineRepository::toRow(const OrderLine &record)
{
    return {
        {u"basket_id"_s, record.basketId},
        {u"product_id"_s, record.productId},
        {u"quantity"_s, record.quantity},
        {u"unit_price_cents"_s, SqlValue::optional(record.unitPriceCents)},
        {u"estimated_grams"_s, record.estimatedGrams},
        {u"weighed_grams"_s, SqlValue::optional(record.weighedGrams)},
    };
}

OrderLine OrderLineRepository::fromRow(const QVariantMap &row)
{
    OrderLine record;
    record.id = row.value(u"id"_s).toString();
    record.basketId = row.value(u"basket_id"_s).toString();
    record.productId = row.value(u"product_id"_s).toString();
    record.quantity = row.value(u"quantity"_s).toLongLong();
    record.unitPriceCents = SqlValue::toOptional(row.value(u"unit_price_cents"_s));
    record.estimatedGrams = row.value(u"estimated_grams"_s).toLongLong();
    record.weighedGrams = SqlValue::toOptional(row.value(u"weighed_grams"_s));
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<OrderLine>> OrderLineRepository::listForBasket(const QString &basketId) const
{
    return selectAll(u"basket_id = ?"_s, {basketId}, u"updated_at"_s);
}

QString OrderLineRepository::notFoundMessage(const QString &id)
{
    return tr("No order line has the id “%1”.").arg(id);
}
