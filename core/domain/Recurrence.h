#pragma once

#include <QDate>
#include <QList>

// The dates of a distribution repeated every N weeks, from a first date until a last one.
namespace Recurrence {
// More dates than this in one series is a typing mistake (two years of weekly distributions).
constexpr int maximumDates = 106;

// first, first + N weeks, … up to and including `until`; only `first` when `weeks` is 0.
// Empty when the input makes no sense (invalid dates, `until` before `first`, negative weeks);
// never more than maximumDates + 1 dates, so that a caller can tell a series is too long.
QList<QDate> everyWeeks(QDate first, int weeks, QDate until);
}
