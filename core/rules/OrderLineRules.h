#pragma once

#include "common/Result.h"
#include "domain/OrderLine.h"

#include <QCoreApplication>

// A line orders a positive, plausible quantity.
class OrderLineRules {
    Q_DECLARE_TR_FUNCTIONS(OrderLineRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(OrderLine &line);
};
