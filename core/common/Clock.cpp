#include "Clock.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

Clock::Clock()
{
    const QString fromEnvironment = qEnvironmentVariable("COMPTOIR_NOW");
    if (const auto instant = parseInstant(fromEnvironment))
        setFixed(*instant);
}

QDateTime Clock::now() const
{
    if (!m_anchor)
        return QDateTime::currentDateTimeUtc();
    if (!m_running)
        return *m_anchor;
    return m_anchor->addMSecs(m_sinceAnchor.elapsed());
}

void Clock::setFixed(const QDateTime &instant)
{
    m_anchor = instant.toUTC();
    m_running = false;
}

void Clock::setStartingAt(const QDateTime &instant)
{
    m_anchor = instant.toUTC();
    m_running = true;
    m_sinceAnchor.start();
}

void Clock::useSystemTime()
{
    m_anchor.reset();
    m_running = false;
}

std::optional<QDateTime> Clock::parseInstant(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!parsed.isValid()) {
        // A bare date means midnight UTC of that day.
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        parsed = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toUTC();
}
