#pragma once

#include "common/Result.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <optional>

// The refusal of a quantity beyond the stock left (StockLeft), the same words in the order
// dialog and in a save.
class StockRefusal {
    Q_DECLARE_TR_FUNCTIONS(StockRefusal)

public:
    // Refused (Validation, on the quantity) when `quantity` is more than `left`; none: no limit.
    static Status check(const Product &product, qint64 quantity, std::optional<qint64> left);
};
