#pragma once

#include "RowStamp.h"

#include <QString>

// A pick-up place ("lieu de distribution").
struct Place {
    QString id;
    QString name;
    QString address;
    QString postcode;
    QString town;
    bool archived = false;
    RowStamp stamp;
};
