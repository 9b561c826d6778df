#pragma once

#include "common/Result.h"
#include "domain/Place.h"

#include <QCoreApplication>

// A place needs a name.
class PlaceRules {
    Q_DECLARE_TR_FUNCTIONS(PlaceRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(Place &place);
};
