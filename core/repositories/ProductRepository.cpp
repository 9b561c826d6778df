#include "ProductRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

ProductRepository::ProductRepository(Store &store)
    : Repository(store, u"product"_s)
{
}

QVariantMap ProductRepository::toRow(const Product &record)
{
    return {
        {u"catalogue_id"_s, record.catalogueId},
        {u"name"_s, record.name},
        {u"reference"_s, record.reference},
        {u"description"_s, record.description},
        {u"unit"_s, Product::unitKey(record.unit)},
        {u"price_cents"_s, record.priceCents},
        {u"vat_rate_bp"_s, record.vatRateBasisPoints},
        {u"weight_priced"_s, SqlValue::flag(record.weightPriced)},
        {u"piece_weight_grams"_s, record.pieceWeightGrams},
        {u"organic"_s, SqlValue::flag(record.organic)},
        {u"bulk"_s, SqlValue::flag(record.bulk)},
        {u"content_thousandths"_s, record.contentThousandths},
        {u"active"_s, SqlValue::flag(record.active)},
    };
}

Product ProductRepository::fromRow(const QVariantMap &row)
{
    Product record;
    record.id = row.value(u"id"_s).toString();
    record.catalogueId = row.value(u"catalogue_id"_s).toString();
    record.name = row.value(u"name"_s).toString();
    record.reference = row.value(u"reference"_s).toString();
    record.description = row.value(u"description"_s).toString();
    Product::unitFromKey(row.value(u"unit"_s).toString(), &record.unit);
    record.priceCents = row.value(u"price_cents"_s).toLongLong();
    record.vatRateBasisPoints = row.value(u"vat_rate_bp"_s).toInt();
    record.weightPriced = row.value(u"weight_priced"_s).toInt() != 0;
    record.pieceWeightGrams = row.value(u"piece_weight_grams"_s).toInt();
    record.organic = row.value(u"organic"_s).toInt() != 0;
    record.bulk = row.value(u"bulk"_s).toInt() != 0;
    record.contentThousandths = row.value(u"content_thousandths"_s).toLongLong();
    record.active = row.value(u"active"_s).toInt() != 0;
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<Product>> ProductRepository::listForCatalogue(const QString &catalogueId, bool includeInactive) const
{
    return selectAll(includeInactive ? u"catalogue_id = ?"_s : u"catalogue_id = ? AND active = 1"_s, {catalogueId},
                     u"name COLLATE NOCASE"_s);
}

Result<QList<Product>> ProductRepository::findByReference(const QString &reference) const
{
    return selectAll(u"reference = ?"_s, {reference}, u"name COLLATE NOCASE"_s);
}

QString ProductRepository::notFoundMessage(const QString &id)
{
    return tr("No product has the id “%1”.").arg(id);
}
