#include "SqlValue.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SqlValue {

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
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
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
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
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
