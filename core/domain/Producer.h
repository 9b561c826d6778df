#pragma once

#include "RowStamp.h"

#include <QString>

struct Producer {
    QString id;
    QString name;          // the farm or business name
    QString contactName;
    QString phone;         // E.164
    QString email;
    QString siret;         // optional, 14 digits
    bool vatRegistered = true; // false: "TVA non applicable, art. 293 B du CGI"
    bool archived = false;
    RowStamp stamp;
};
