#pragma once

#include "domain/Basket.h"
#include "domain/OrderLine.h"

#include <QDate>
#include <QList>
#include <QString>

// A member's validated basket of an earlier distribution, for "same as last time".
struct PreviousBasket {
    struct Line {
        OrderLine line;
        QString productName;
    };

    Basket basket;
    QDate distributionDate;
    QList<Line> lines;
};
