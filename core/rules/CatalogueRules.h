#pragma once

#include "common/Result.h"
#include "domain/Catalogue.h"

#include <QCoreApplication>

// A catalogue needs a name, a producer and an ordering rule that makes sense.
class CatalogueRules {
    Q_DECLARE_TR_FUNCTIONS(CatalogueRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(Catalogue &catalogue);
};
