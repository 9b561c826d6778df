#pragma once

class Database;

// SQLite's query planner chooses the order of a join from statistics (sqlite_stat1) that only
// ANALYZE gathers. Without them it guesses, and on a large group it guesses wrong: the totals of
// the distribution list scanned all 190,000 order lines instead of the baskets of the period
// (0.5 s instead of a few milliseconds, see docs/BENCHMARKS.md). Rows are never erased here, so
// a table's largest rowid tells its size cheaply; when a table of some size has no statistics
// or has more than doubled since, the whole database is analysed again, with a sampling limit
// that keeps this to a few milliseconds even on the large group.
namespace PlannerStatistics {
// Brings the statistics up to date where they are missing or stale. Only a hint to the
// planner: a database that cannot be written (read-only file, busy) keeps its old ones.
void refresh(Database &database);
}
