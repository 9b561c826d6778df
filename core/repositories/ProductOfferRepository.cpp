#include "ProductOfferRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

ProductOfferRepository::ProductOfferRepository(Store &store)
    : Repository(store, u"product_offer"_s)
{
}

QVariantMap ProductOfferRepository::toRow(const ProductOffer &record)
{
    return {
        {u"distribution_id"_s, record.distributionId},
        {u"product_id"_s, record.productId},
        {u"excluded"_s, SqlValue::flag(record.excluded)},
        {u"stock"_s, SqlValue::optional(record.stock)},
    };
}

ProductOffer ProductOfferRepository::fromRow(const QVariantMap &row)
{
    ProductOffer record;
    record.id = row.value(u"id"_s).toString();
    record.distributionId = row.value(u"distribution_id"_s).toString();
    record.productId = row.value(u"product_id"_s).toString();
    record.excluded = row.value(u"excluded"_s).toInt() != 0;
    record.stock = SqlValue::toOptional(row.value(u"stock"_s));
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<ProductOffer>> ProductOfferRepository::listForDistribution(const QString &distributionId) const
{
    return selectAll(u"distribution_id = ?"_s, {distributionId});
}

Result<std::optional<ProductOffer>> ProductOfferRepository::findFor(const QString &distributionId,
                                                                    const QString &productId) const
{
    auto rows = selectAll(u"distribution_id = ? AND product_id = ?"_s, {distributionId, productId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ProductOffer>();
    return std::optional<ProductOffer>(rows->first());
}

QString ProductOfferRepository::notFoundMessage(const QString &id)
{
    return tr("No product offer has the id “%1”.").arg(id);
}
