#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Store;

// The demo market: five producers and their catalogues, sixty members (a few reached only by
// telephone), a weekly distribution with ten weeks of history and four coming weeks, validated
// baskets, baskets in progress and anonymous carts. Dates follow the store's clock; the
// choices follow `seed`, so that the same seed and clock give the same group.
class DemoGroup {
    Q_DECLARE_TR_FUNCTIONS(DemoGroup)

public:
    static Status create(Store &store, quint32 seed = 1);
};
