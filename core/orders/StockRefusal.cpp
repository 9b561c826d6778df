#include "StockRefusal.h"

#include "QuantityText.h"

using namespace Qt::StringLiterals;

Status StockRefusal::check(const Product &product, qint64 quantity, std::optional<qint64> left)
{
    if (!left || quantity <= *left)
        return {};
    if (*left == 0)
        return Error(ErrorKind::Validation, tr("“%1” is sold out for this distribution.").arg(product.name),
                     u"quantity"_s);
    const QString amount = product.orderedByWeight()
        ? QuantityText::weight(*left)
        : QuantityText::display(product, QuantityText::withDefaultWeight(product, *left));
    return Error(ErrorKind::Validation, tr("Only %1 of “%2” left for this distribution.").arg(amount, product.name),
                 u"quantity"_s);
}
