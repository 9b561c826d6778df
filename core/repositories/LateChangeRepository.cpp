#include "LateChangeRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

LateChangeRepository::LateChangeRepository(Store &store)
    : Repository(store, u"late_change"_s)
{
}

QVariantMap LateChangeRepository::toRow(const LateChange &record)
{
    return {
        {u"distribution_id"_s, record.distributionId},
        {u"catalogue_id"_s, record.catalogueId},
        {u"basket_id"_s, record.basketId},
        {u"product_id"_s, record.productId},
        {u"kind"_s, LateChange::kindKey(record.kind)},
        {u"quantity_before"_s, SqlValue::optional(record.quantityBefore)},
        {u"quantity_after"_s, SqlValue::optional(record.quantityAfter)},
        {u"at"_s, SqlValue::instant(record.at)},
        {u"user_name"_s, record.userName},
        {u"window_closed_at"_s, SqlValue::instant(record.windowClosedAt)},
    };
}

LateChange LateChangeRepository::fromRow(const QVariantMap &row)
{
    LateChange record;
    record.id = row.value(u"id"_s).toString();
    record.distributionId = row.value(u"distribution_id"_s).toString();
    record.catalogueId = row.value(u"catalogue_id"_s).toString();
    record.basketId = row.value(u"basket_id"_s).toString();
    record.productId = row.value(u"product_id"_s).toString();
    LateChange::kindFromKey(row.value(u"kind"_s).toString(), &record.kind);
    record.quantityBefore = SqlValue::toOptional(row.value(u"quantity_before"_s));
    record.quantityAfter = SqlValue::toOptional(row.value(u"quantity_after"_s));
    record.at = SqlValue::toInstant(row.value(u"at"_s));
    record.userName = row.value(u"user_name"_s).toString();
    record.windowClosedAt = SqlValue::toInstant(row.value(u"window_closed_at"_s));
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<LateChange>> LateChangeRepository::listForDistribution(const QString &distributionId) const
{
    return selectAll(u"distribution_id = ?"_s, {distributionId}, u"at, id"_s);
}

Result<QList<LateChange>> LateChangeRepository::listForCatalogue(const QString &distributionId,
                                                                 const QString &catalogueId,
                                                                 const QDateTime &after) const
{
    // Instants are stored as UTC text with milliseconds, which sorts as time does.
    const QVariant since = after.isValid() ? SqlValue::instant(after) : QVariant(u""_s);
    return selectAll(u"distribution_id = ? AND catalogue_id = ? AND at > ?"_s, {distributionId, catalogueId, since},
                     u"at, id"_s);
}

Result<QList<LateChange>> LateChangeRepository::listForBasket(const QString &basketId) const
{
    return selectAll(u"basket_id = ?"_s, {basketId}, u"at, id"_s);
}

QString LateChangeRepository::notFoundMessage(const QString &id)
{
    return tr("No late change has the id “%1”.").arg(id);
}
