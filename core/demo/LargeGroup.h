#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Store;

// The size of a large group. The defaults are the benchmark group of issue 5: 3,000 members,
// 40 producers with one catalogue each, 1,500 products, 104 weekly distributions over two
// years with about 300 baskets of about 6 lines each (≈ 190,000 order lines).
struct LargeGroupScale {
    int members = 3000;
    int producers = 40;
    int products = 1500;
    int pastDistributions = 100;
    int comingDistributions = 4;
    int basketsPerDistribution = 300; // on a past distribution, on average
    int linesPerBasket = 6;           // on average, a little more

    // A group of the same shape, small enough for a test to build in a second.
    static LargeGroupScale small();
};

// A large, realistic market for benchmarks: two years of weekly distributions, members who
// join over time and order more or less often, producers who come every week, every other
// week or once a month, a price rise half-way (validated lines keep the price they were
// validated at), weighed quantities on the past distributions, and baskets in progress and
// anonymous carts on the coming ones. Dates follow the store's clock; the choices follow
// `seed`: the same seed and clock give the same group (the ids, made by the services, differ).
//
// The group, producers, catalogues, products, members and distributions are made through the
// services; baskets and order lines, the bulk, are written through their repositories and the
// store's RowWriter with the values the order service would have written, without the audit
// trail, in one transaction.
class LargeGroup {
    Q_DECLARE_TR_FUNCTIONS(LargeGroup)

public:
    static Status create(Store &store, quint32 seed = 1, const LargeGroupScale &scale = {});
};
