#pragma once

#include "common/Result.h"

#include <QString>
#include <optional>

class Store;

// The stock left of a product for one basket at a distribution (StockLeft), read for a save.
class StockQuery {
public:
    explicit StockQuery(Store &store) : m_store(store) {}

    // None: no stock limit there.
    Result<std::optional<qint64>> leftFor(const QString &distributionId, const QString &productId,
                                          const QString &basketId) const;

private:
    Store &m_store;
};
