#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// A catalogue's default ordering window, e.g. "opens 7 days before at 08:00, closes 48 h
// before". Computed on the local wall clock of the group's time zone: "closes 72 h before" a
// Tuesday 18:00 distribution is the Saturday at 18:00, whatever daylight saving does between.
struct OrderingRule {
    int opensDaysBefore = 7;
    QTime opensAtTime = QTime(8, 0);
    int closesHoursBefore = 48;

    QDateTime opensAt(QDate distributionDate, const QTimeZone &zone) const;
    QDateTime closesAt(QDate distributionDate, QTime distributionStart, const QTimeZone &zone) const;

    // The UTC instant of a local wall-clock time. A time that does not exist (the hour skipped
    // in spring) moves forward by the gap, as a wall clock does.
    static QDateTime wallClockToUtc(QDate date, QTime time, const QTimeZone &zone);
};
