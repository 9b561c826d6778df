#pragma once

#include "common/Result.h"

#include <QString>

class Store;

// Whether a product was ever ordered: once it was, the way it is sold (by the piece or priced by
// weight) must not change, or the amounts of past lines would change with it.
class ProductUsageQuery {
public:
    explicit ProductUsageQuery(Store &store) : m_store(store) {}

    // Order lines of the product, in baskets of any status.
    Result<int> lineCount(const QString &productId) const;

private:
    Store &m_store;
};
