#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QVariant>
#include <optional>

// How values are written in SQLite text columns: instants as UTC ISO 8601 with milliseconds
// ("2026-11-25T10:00:00.000Z", which sorts as text), local dates "YYYY-MM-DD", local times
// "HH:MM", flags 0/1, absent values NULL.
namespace SqlValue {
QVariant instant(const QDateTime &instant);
QDateTime toInstant(const QVariant &value);
QVariant date(const QDate &date);
QDate toDate(const QVariant &value);
QVariant time(const QTime &time);
QTime toTime(const QVariant &value);
QVariant optional(const std::optional<qint64> &value);
std::optional<qint64> toOptional(const QVariant &value);
QVariant nullIfEmpty(const QString &text);
inline QVariant flag(bool value) { return value ? 1 : 0; }
}
