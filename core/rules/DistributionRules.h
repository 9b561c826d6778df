#pragma once

#include "common/Result.h"
#include "domain/Distribution.h"

#include <QCoreApplication>

// A distribution needs a place, a date and a start before its end.
class DistributionRules {
    Q_DECLARE_TR_FUNCTIONS(DistributionRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(Distribution &distribution);
};
