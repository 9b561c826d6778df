#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

// A person acting in Comptoir needs a name; a producer is tied to their producer record.
class UserRules {
    Q_DECLARE_TR_FUNCTIONS(UserRules)

public:
    // Tidies the record's texts into their stored form, then checks every rule.
    static Status prepare(User &user);
};
