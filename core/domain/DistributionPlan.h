#pragma once

#include "OrderingRule.h"
#include "OrderingWindow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// What the coordinator asks for when creating distributions: a place, hours, the catalogues
// taking part with the ordering rule to apply (the catalogue's own unless changed), a first
// date, and optionally a repetition every N weeks until a date, minus the dates left out.
struct DistributionPlan {
    struct Participant {
        QString catalogueId;
        OrderingRule rule;
    };

    QString placeId;
    QDate firstDate;
    QTime startTime = QTime(17, 0);
    QTime endTime = QTime(19, 0);
    int repeatEveryWeeks = 0; // 0: once
    QDate until;              // the last possible date of a repeated series
    QList<Participant> participants;
    QList<QDate> skippedDates;
};

// One date of a plan as the coordinator reviews it before anything is written.
struct PlannedDistribution {
    QDate date;
    QList<OrderingWindow> windows; // one per participant, distribution and row ids still empty
    // Another distribution at the same place that day (none: empty); such dates start unticked.
    QString clash;
    bool skipped = false;
};
