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

    bool operator==(const OrderingRule &) const = default;

    // The UTC instant at which the wall clock of `zone` first shows `date` `time`. Qt 6.4 has
    // no option for the two hours a year where that is ambiguous, so both are settled here:
    // - a time that does not exist (the hour skipped in spring) moves forward by the gap, as a
    //   wall clock does: 02:30 on the last Sunday of March in Paris is 03:30 summer time;
    // - a time that happens twice (the hour repeated in autumn) is its first occurrence, in
    //   summer time: nobody waits for the clock to show 02:30 a second time.
    static QDateTime wallClockToUtc(QDate date, QTime time, const QTimeZone &zone);
    // Moves a UTC instant by `seconds` of wall-clock time in `zone` (the instant's local date and
    // time move; daylight saving between does not stretch the distance).
    static QDateTime shiftOnWallClock(const QDateTime &instant, qint64 seconds, const QTimeZone &zone);
};
