#pragma once

#include "RowStamp.h"

#include <QDateTime>
#include <QString>

// When a catalogue takes orders for one distribution. Instants are UTC.
struct OrderingWindow {
    enum class State { NotYetOpen, Open, Closed };

    QString id;
    QString distributionId;
    QString catalogueId;
    QDateTime opensAt;
    QDateTime closesAt;
    RowStamp stamp;

    State stateAt(const QDateTime &instant) const;
};
