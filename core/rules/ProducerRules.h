#pragma once

#include "common/Result.h"
#include "domain/Producer.h"

#include <QCoreApplication>

// A producer needs a name; phone, e-mail and SIRET are optional but checked when given.
class ProducerRules {
    Q_DECLARE_TR_FUNCTIONS(ProducerRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(Producer &producer);
};
