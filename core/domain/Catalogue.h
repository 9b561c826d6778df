#pragma once

#include "OrderingRule.h"
#include "RowStamp.h"

#include <QString>

// What one producer offers to the group, with its default ordering rule.
struct Catalogue {
    QString id;
    QString producerId;
    QString name;
    OrderingRule rule;
    bool active = true;
    RowStamp stamp;
};
