#pragma once

#include "common/Result.h"
#include "domain/Catalogue.h"

#include <QCoreApplication>

class Validation;

// A catalogue needs a name, a producer and an ordering rule that makes sense.
class CatalogueRules {
    Q_DECLARE_TR_FUNCTIONS(CatalogueRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(Catalogue &catalogue);
    // Orders open 0 to 90 days before, close 0 to 720 hours before, and close after they open.
    // Problems are reported on the rule's own fields, or on `field` when one is given.
    static void checkRule(const OrderingRule &rule, Validation &validation, const QString &field = {});
};
