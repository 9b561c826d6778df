#pragma once

#include "common/Result.h"
#include "domain/DistributionPlan.h"

#include <QCoreApplication>

// A plan of distributions needs what a distribution needs (a place, a plausible date, a start
// before its end), sensible ordering rules, and, when repeated, a period of 1 to 52 weeks and a
// last date after the first, at most two years of dates.
class DistributionPlanRules {
    Q_DECLARE_TR_FUNCTIONS(DistributionPlanRules)

public:
    static Status check(const DistributionPlan &plan);
};
