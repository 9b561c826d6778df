#include "SqlValue.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SqlValue {

namespace {

// The number written with `count` digits from `from`, or -1 when one of them is not a digit.
int digitsAt(const QString &text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + int(c - u'0');
    }
    return number;
}

// "2026-11-25": the form the store writes. Read by hand because lists read thousands of them
// and QDate::fromString is a general parser; anything else is left to it.
QDate storedDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

// "2026-11-25T10:00:00.000Z": the form instant() writes; see storedDate().
QDateTime storedInstant(const QString &text)
{
    if (text.size() != 24 || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':'
        || text.at(19) != u'.' || text.at(23) != u'Z')
        return {};
    const QDate date = storedDate(text);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    const int millisecond = digitsAt(text, 20, 3);
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0 || millisecond < 0)
        return {};
    const QTime time(hour, minute, second, millisecond);
    if (!time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

}

QVariant instant(const QDateTime &instant)
{
    if (!instant.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toInstant(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (const QDateTime stored = storedInstant(text); stored.isValid())
        return stored;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toUTC();
}

QVariant date(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 10) {
        if (const QDate stored = storedDate(text); stored.isValid())
            return stored;
    }
    return QDate::fromString(text, Qt::ISODate);
}

QVariant time(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

QTime toTime(const QVariant &value)
{
    return QTime::fromString(value.toString(), u"HH:mm"_s);
}

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qlonglong>());
}

std::optional<qint64> toOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

}
