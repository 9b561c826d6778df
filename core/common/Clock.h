#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <optional>

// The one source of the current time in Comptoir. Nothing else asks the system clock, so that
// tests, the CLI (`--now`, COMPTOIR_NOW) and the app can run at any moment of the calendar.
class Clock {
public:
    // Reads COMPTOIR_NOW when set and valid; the system clock otherwise.
    Clock();

    // The current instant, always in UTC, to the millisecond.
    QDateTime now() const;

    // Time stops at `instant` (tests, one-shot CLI commands).
    void setFixed(const QDateTime &instant);
    // Time starts at `instant` and runs on (the desktop app started with --now).
    void setStartingAt(const QDateTime &instant);
    void useSystemTime();
    bool isSystemTime() const { return !m_anchor.has_value(); }

    // Parses an ISO 8601 instant; one without offset is taken as UTC.
    static std::optional<QDateTime> parseInstant(const QString &text);

private:
    std::optional<QDateTime> m_anchor;
    bool m_running = false;
    QElapsedTimer m_sinceAnchor;
};
