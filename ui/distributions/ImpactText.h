#pragma once

#include "queries/DistributionImpactQuery.h"

#include <QCoreApplication>
#include <QString>

// The orders a change touches, written for the person who must call or mail their members.
class ImpactText {
    Q_DECLARE_TR_FUNCTIONS(ImpactText)

public:
    // One line per member: "Dupré Hélène — 06 12 34 56 78 — validated", at most `limit` lines
    // and "… and 4 more".
    static QString members(const DistributionImpact &impact, int limit = 12);
    // The question asked before a change: what it is, what it does to the orders, who to tell.
    static QString question(const QString &change, const DistributionImpact &impact, const QString &consequence);
};
