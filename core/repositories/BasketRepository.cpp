#include "BasketRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

BasketRepository::BasketRepository(Store &store)
    : Repository(store, u"basket"_s)
{
}

QVariantMap BasketRepository::toRow(const Basket &record)
{
    return {
        {u"distribution_id"_s, record.distributionId},
        {u"member_id"_s, SqlValue::nullIfEmpty(record.memberId)},
        {u"status"_s, Basket::statusKey(record.status)},
        {u"source"_s, Basket::sourceKey(record.source)},
        {u"validated_at"_s, SqlValue::instant(record.validatedAt)},
    };
}

Basket BasketRepository::fromRow(const QVariantMap &row)
{
    Basket record;
    record.id = row.value(u"id"_s).toString();
    record.distributionId = row.value(u"distribution_id"_s).toString();
    record.memberId = row.value(u"member_id"_s).toString();
    Basket::statusFromKey(row.value(u"status"_s).toString(), &record.status);
    Basket::sourceFromKey(row.value(u"source"_s).toString(), &record.source);
    record.validatedAt = SqlValue::toInstant(row.value(u"validated_at"_s));
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<Basket>> BasketRepository::listForDistribution(const QString &distributionId) const
{
    return selectAll(u"distribution_id = ?"_s, {distributionId}, u"updated_at"_s);
}

Result<QList<Basket>> BasketRepository::listForMember(const QString &memberId) const
{
    return selectAll(u"member_id = ?"_s, {memberId}, u"id"_s);
}

Result<std::optional<Basket>> BasketRepository::findForMember(const QString &distributionId,
                                                              const QString &memberId) const
{
    auto baskets = selectAll(u"distribution_id = ? AND member_id = ?"_s, {distributionId, memberId}, {});
    if (!baskets)
        return baskets.error();
    if (baskets->isEmpty())
        return std::optional<Basket>();
    return std::optional<Basket>(baskets->first());
}

QString BasketRepository::notFoundMessage(const QString &id)
{
    return tr("No order has the id “%1”.").arg(id);
}
