#include "OrderingRule.h"

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
    const QDateTime local(date, time, zone);
    if (local.isValid() && local.date() == date && local.time() == time)
        return local.toUTC();
    // In a spring-forward gap: the same instant the wall clock shows an hour later.
    const qint64 gap = qint64(zone.offsetFromUtc(QDateTime(date.addDays(1), QTime(12, 0), zone)))
        - zone.offsetFromUtc(QDateTime(date.addDays(-1), QTime(12, 0), zone));
    const QDateTime naive(date, time, QTimeZone::utc());
    const QDateTime shifted = naive.addSecs(gap > 0 ? gap : 3600);
    return QDateTime(shifted.date(), shifted.time(), zone).toUTC();
}
