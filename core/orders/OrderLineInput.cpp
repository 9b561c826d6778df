#include "OrderLineInput.h"

#include "QuantityText.h"
#include "common/SearchText.h"
#include "repositories/ProductRepository.h"

using namespace Qt::StringLiterals;

Result<const OfferedProduct *> OrderLineInput::product(const QString &reference, const OrderEntryOffer &offer,
                                                       Store &store)
{
    const QString wanted = reference.trimmed();
    if (const OfferedProduct *byId = offer.product(wanted))
        return byId;
    const QString key = SearchText::fold(wanted);
    QList<const OfferedProduct *> found;
    for (const OfferedProduct &candidate : offer.products) {
        if (!candidate.referenceKey.isEmpty() && candidate.referenceKey == key)
            found.append(&candidate);
    }
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1) {
        QStringList names;
        for (const OfferedProduct *candidate : found)
            names.append(tr("“%1” (%2)").arg(candidate->product.name, offer.catalogueOf(*candidate).name));
        return Error(ErrorKind::Validation, tr("The reference “%1” names several products: %2. Give the product’s id.")
                                                .arg(wanted, names.join(u", "_s)),
                     u"productId"_s);
    }
    ProductRepository products(store);
    auto elsewhere = products.find(wanted);
    if (elsewhere)
        return Error(ErrorKind::Validation, tr("“%1” is not offered at this distribution.").arg(elsewhere->name),
                     u"productId"_s);
    auto byReference = products.findByReference(wanted);
    if (!byReference)
        return byReference.error();
    if (!byReference->isEmpty())
        return Error(ErrorKind::Validation,
                     tr("“%1” is not offered at this distribution.").arg(byReference->first().name), u"productId"_s);
    return Error::notFound(tr("No product has the reference or id “%1”.").arg(wanted));
}

Result<LineRequest> OrderLineInput::read(const QString &argument, const OrderEntryOffer &offer, Store &store)
{
    const qsizetype equals = argument.lastIndexOf(u'=');
    if (equals <= 0)
        return Error(ErrorKind::Validation, tr("“%1” is not a line: write REF=QTY.").arg(argument), u"line"_s);
    auto found = product(argument.left(equals), offer, store);
    if (!found)
        return found.error();
    const Product &product = (*found)->product;
    auto quantity = QuantityText::parse(product, argument.mid(equals + 1));
    if (!quantity)
        return Error(quantity.error().kind(), tr("%1: %2").arg(argument, quantity.error().message()), u"quantity"_s);
    LineRequest request;
    request.productId = product.id;
    request.quantity = quantity->quantity;
    if (product.weightPriced && !product.orderedByWeight())
        request.estimatedGrams = quantity->estimatedGrams;
    return request;
}
