#pragma once

#include "RowStamp.h"

#include <QString>
#include <optional>

// A product's place in one distribution's offer: left out (the asparagus are over), or with a
// stock for that distribution only. No row means: on offer, no stock limit.
struct ProductOffer {
    QString id;
    QString distributionId;
    QString productId;
    bool excluded = false;
    std::optional<qint64> stock; // pieces, or grams when ordered by weight
    RowStamp stamp;
};
