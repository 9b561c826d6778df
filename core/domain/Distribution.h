#pragma once

#include "OrderingWindow.h"
#include "RowStamp.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// A pick-up: a local date and local start and end times at a place, in the group's time zone.
struct Distribution {
    // planned: no catalogue open yet; open: at least one catalogue takes orders; closed: every
    // catalogue closed, not yet handed out; distributed: handed out. Cancelled stands apart.
    enum class Status { Planned, Open, Closed, Distributed, Cancelled };

    QString id;
    QString placeId;
    QDate date;
    QTime startTime = QTime(17, 0);
    QTime endTime = QTime(19, 0);
    bool distributed = false;
    bool cancelled = false;
    RowStamp stamp;

    Status statusAt(const QDateTime &instant, const QList<OrderingWindow> &windows) const;
    static QString statusKey(Status status);
};
