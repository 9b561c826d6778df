#include "OrderLineInput.h"

#include "QuantityText.h"
#include "common/SearchText.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/ProductRepository.h"

#include <QRegularExpression>

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
    // Not in the offer as this person sees it: another producer's, not taking part, or unknown.
    ProductRepository products(store);
    QList<Product> named;
    if (auto byId = products.find(wanted))
        named.append(*byId);
    auto byReference = products.findByReference(wanted);
    if (!byReference)
        return byReference.error();
    named.append(*byReference);
    if (named.isEmpty())
        return Error::notFound(tr("No product has the reference or id “%1”.").arg(wanted));
    auto windows = OrderingWindowRepository(store).listForDistribution(offer.distribution.id);
    if (!windows)
        return windows.error();
    for (const OrderingWindow &window : *windows) {
        if (window.catalogueId == named.first().catalogueId)
            return Error(ErrorKind::Conflict,
                         tr("“%1” belongs to another producer’s catalogue: a producer orders only from their own.")
                             .arg(named.first().name),
                         u"productId"_s);
    }
    return Error(ErrorKind::Validation, tr("“%1” is not offered at this distribution.").arg(named.first().name),
                 u"productId"_s);
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
    LineRequest request;
    request.productId = product.id;
    // 0 (or 0 kg, 0,0…) takes the product out of the order.
    static const QRegularExpression zero(u"^\\s*0+([.,]0*)?\\s*(kg|g)?\\s*$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (zero.match(argument.mid(equals + 1)).hasMatch())
        return request;
    auto quantity = QuantityText::parse(product, argument.mid(equals + 1));
    if (!quantity)
        return Error(quantity.error().kind(), tr("%1: %2").arg(argument, quantity.error().message()), u"quantity"_s);
    request.quantity = quantity->quantity;
    if (product.weightPriced && !product.orderedByWeight())
        request.estimatedGrams = quantity->estimatedGrams;
    return request;
}
