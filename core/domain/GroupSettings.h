#pragma once

#include "RowStamp.h"

#include <QString>

// The market itself: its name, the time zone its distribution dates live in, its currency.
struct GroupSettings {
    QString id;
    QString name;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString currency = QStringLiteral("EUR");
    RowStamp stamp;
};
