#pragma once

#include "common/Result.h"
#include "domain/GroupSettings.h"

#include <QCoreApplication>

// A group needs a name, a time zone this system knows and a currency code.
class GroupRules {
    Q_DECLARE_TR_FUNCTIONS(GroupRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(GroupSettings &group);
};
