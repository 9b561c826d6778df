#pragma once

#include <QtGlobal>
#include <algorithm>
#include <optional>

// What is left of a product's stock at a distribution for one basket: the stock less what the
// other baskets that count hold (BasketSql::live). The one definition that the order dialog's
// read (OrderEntryOffer::available) and the save's check (StockQuery) both end in; a test holds
// them to the same answer. None: the product has no stock limit there.
namespace StockLeft {
inline std::optional<qint64> forBasket(std::optional<qint64> stock, qint64 heldByOtherBaskets)
{
    if (!stock)
        return std::nullopt;
    return std::max<qint64>(0, *stock - heldByOtherBaskets);
}
}
