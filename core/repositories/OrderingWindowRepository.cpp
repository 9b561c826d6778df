#include "OrderingWindowRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

OrderingWindowRepository::OrderingWindowRepository(Store &store)
    : Repository(store, u"ordering_window"_s)
{
}

QVariantMap OrderingWindowRepository::toRow(const OrderingWindow &record)
{
    return {
        {u"distribution_id"_s, record.distributionId},
        {u"catalogue_id"_s, record.catalogueId},
        {u"opens_at"_s, SqlValue::instant(record.opensAt)},
        {u"closes_at"_s, SqlValue::instant(record.closesAt)},
    };
}

OrderingWindow OrderingWindowRepository::fromRow(const QVariantMap &row)
{
    OrderingWindow record;
    record.id = row.value(u"id"_s).toString();
    record.distributionId = row.value(u"distribution_id"_s).toString();
    record.catalogueId = row.value(u"catalogue_id"_s).toString();
    record.opensAt = SqlValue::toInstant(row.value(u"opens_at"_s));
    record.closesAt = SqlValue::toInstant(row.value(u"closes_at"_s));
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<OrderingWindow>> OrderingWindowRepository::listForDistribution(const QString &distributionId) const
{
    return selectAll(u"distribution_id = ?"_s, {distributionId}, u"closes_at"_s);
}

QString OrderingWindowRepository::notFoundMessage(const QString &id)
{
    return tr("No ordering window has the id “%1”.").arg(id);
}
