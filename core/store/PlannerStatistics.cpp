#include "PlannerStatistics.h"

#include "Database.h"
#include "Schema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PlannerStatistics {

namespace {

// Below this size the planner's guesses are good enough and a scan costs nothing.
constexpr qint64 smallestAnalysed = 1000;
// Rows ANALYZE samples per index: approximate statistics, a few milliseconds on any size.
constexpr int analysisLimit = 400;

qint64 singleInteger(QSqlQuery &query, const QString &sql, const QString &bound = {})
{
    query.prepare(sql);
    if (!bound.isNull())
        query.addBindValue(bound);
    if (!query.exec() || !query.next())
        return -1;
    const qint64 value = query.value(0).isNull() ? -1 : query.value(0).toLongLong();
    query.finish();
    return value;
}

}

void refresh(Database &database)
{
    QSqlQuery query(database.connection());
    const bool analysedBefore =
        singleInteger(query, u"SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s) > 0;
    bool stale = false;
    for (const TableSchema &table : Schema::replicatedTables()) {
        // Table names come from Schema, never from input.
        const qint64 rows = singleInteger(query, u"SELECT max(rowid) FROM "_s + table.name);
        if (rows < smallestAnalysed)
            continue;
        // The first number of a statistics row is the number of rows of the table then.
        const qint64 analysed = analysedBefore
            ? singleInteger(query, u"SELECT max(CAST(stat AS INTEGER)) FROM sqlite_stat1 WHERE tbl = ?"_s, table.name)
            : -1;
        stale = stale || analysed < 0 || rows > 2 * analysed;
    }
    if (!stale)
        return;
    // Every table, the small ones too: a join between an analysed table and one without
    // statistics is planned worse than with none at all. ANALYZE writes: when another
    // connection is writing, it is not waited for; the next opening will do it.
    const qint64 busyTimeout = singleInteger(query, u"PRAGMA busy_timeout"_s);
    query.exec(u"PRAGMA analysis_limit = %1"_s.arg(analysisLimit));
    query.exec(u"PRAGMA busy_timeout = 0"_s);
    query.exec(u"ANALYZE"_s);
    query.exec(u"PRAGMA busy_timeout = %1"_s.arg(std::max<qint64>(0, busyTimeout)));
}

}
