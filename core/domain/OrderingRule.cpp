#include "OrderingRule.h"

#include <optional>

QDateTime OrderingRule::opensAt(QDate distributionDate, const QTimeZone &zone) const
{
    return wallClockToUtc(distributionDate.addDays(-opensDaysBefore), opensAtTime, zone);
}

QDateTime OrderingRule::closesAt(QDate distributionDate, QTime distributionStart,
                                 const QTimeZone &zone) const
{
    // Wall-clock arithmetic: count back on a clock without time zone, then place the result.
    const QDateTime wall(distributionDate, distributionStart, QTimeZone::utc());
    const QDateTime closing = wall.addSecs(-qint64(closesHoursBefore) * 3600);
    return wallClockToUtc(closing.date(), closing.time(), zone);
}

QDateTime OrderingRule::wallClockToUtc(QDate date, QTime time, const QTimeZone &zone)
{
    // The reading as if it were UTC; subtracting an offset gives a candidate instant.
    const QDateTime reading(date, time, QTimeZone::utc());
    // The offsets a day either side: equal, except around a change of offset.
    const int before = zone.offsetFromUtc(reading.addDays(-1));
    const int after = zone.offsetFromUtc(reading.addDays(1));
    std::optional<QDateTime> first;
    for (const int offset : {before, after}) {
        const QDateTime candidate = reading.addSecs(-qint64(offset));
        // A candidate counts only when the zone really shows this reading at that instant.
        if (zone.offsetFromUtc(candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return *first;
    // In a spring gap: with the offset from before the change, the wall clock already shows
    // the reading plus the gap.
    return reading.addSecs(-qint64(before));
}

QDateTime OrderingRule::shiftOnWallClock(const QDateTime &instant, qint64 seconds, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const QDateTime moved = QDateTime(local.date(), local.time(), QTimeZone::utc()).addSecs(seconds);
    return wallClockToUtc(moved.date(), moved.time(), zone);
}
