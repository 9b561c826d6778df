#include "Puller.h"

#include "store/JsonValues.h"
#include "ServerConnection.h"
#include "store/SyncState.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxParentDepth = 8;

// A server column read in the form the desks store it.
QString localForm(const QString &column, const QString &type)
{
    if (type == u"boolean"_s)
        return column + u"::int"_s;
    if (type == u"timestamp with time zone"_s)
        return u"to_char("_s + column + u" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s;
    if (type == u"date"_s)
        return u"to_char("_s + column + u", 'YYYY-MM-DD')"_s;
    if (type == u"time without time zone"_s)
        return u"to_char("_s + column + u", 'HH24:MI')"_s;
    if (type == u"uuid"_s)
        return column + u"::text"_s;
    return column;
}

}

Puller::Puller(Database &local, ServerConnection &server, ServerColumns columns, QString replicaId)
    : m_local(local), m_server(server), m_columns(std::move(columns)), m_replicaId(std::move(replicaId)),
      m_writer(local, m_clock), m_keys(local)
{
}

QString Puller::selectFrom(const QString &table) const
{
    const TableSchema &schema = *Schema::table(table);
    const QHash<QString, QString> types = m_columns.value(table);
    QStringList parts{u"r.id::text"_s};
    // A row exactly as this desk uploaded it comes back as its new revision only.
    for (const QString &column : schema.columns)
        parts.append(u"CASE WHEN e.echo THEN NULL ELSE "_s + localForm(u"r."_s + column, types.value(column)) + u" END"_s);
    parts.append(u"r.revision"_s);
    parts.append(localForm(u"r.updated_at"_s, types.value(u"updated_at"_s)));
    parts.append(u"r.updated_by"_s);
    parts.append(u"r.deleted::int"_s);
    parts.append(u"r.sync_xid::text AS row_xid"_s);
    parts.append(u"o.own"_s);
    parts.append(u"e.echo"_s);
    return u"SELECT "_s + parts.join(u", "_s) + u" FROM comptoir."_s + table
        + u" r CROSS JOIN LATERAL (SELECT r.sync_replica IS NOT DISTINCT FROM ?::uuid AS own) o"
          " CROSS JOIN LATERAL (SELECT o.own AND r.sync_pure AS echo) e"_s;
}

Result<QList<Puller::PulledRow>> Puller::read(const QString &sql, const QString &table, const QVariantList &values)
{
    auto query = m_server.run(sql, values);
    if (!query)
        return query.error();
    const TableSchema &schema = *Schema::table(table);
    const int count = int(schema.columns.size());
    QList<PulledRow> rows;
    QSqlQuery &result = query.value();
    while (result.next()) {
        PulledRow pulled;
        pulled.row.id = result.value(0).toString();
        for (int i = 0; i < count; ++i)
            pulled.row.values.insert(schema.columns.at(i), result.value(i + 1));
        pulled.row.revision = result.value(count + 1).toLongLong();
        pulled.row.updatedAt = result.value(count + 2);
        pulled.row.updatedBy = result.value(count + 3).toString();
        pulled.row.deleted = result.value(count + 4).toInt() != 0;
        pulled.xid = result.value(count + 5).toString();
        pulled.ownEcho = result.value(count + 6).toBool();
        pulled.stampOnly = result.value(count + 7).toBool();
        if (pulled.stampOnly)
            pulled.row.values.clear();
        rows.append(pulled);
    }
    return rows;
}

Result<Puller::Outcome> Puller::run()
{
    Outcome outcome;
    // Every transaction of this database with an id below the horizon has ended: nothing can
    // commit there later (comptoir.pull_horizon: pg_snapshot_xmin, not held back by other
    // databases of the same server).
    auto horizonValue = m_server.scalar(u"SELECT comptoir.pull_horizon()::text"_s);
    if (!horizonValue)
        return horizonValue.error();
    const QString horizon = horizonValue->toString();
    // A desk joining the server holds no group yet, so nobody is working on it: each table comes
    // in one local transaction (one write of its pages instead of one per chunk). Otherwise each
    // chunk is its own short transaction, so that a coordinator's save never waits long.
    bool joining = false;
    {
        Query group(m_local, u"SELECT count(*) FROM market_group WHERE deleted = 0"_s);
        joining = group.exec() && group.next() && group.integer(0) == 0;
    }
    if (joining) {
        if (Status cache = m_local.execute(u"PRAGMA cache_size = -262144"_s); !cache)
            return cache.error();
    }
    auto changed = tablesWithNews(horizon);
    if (!changed)
        return changed.error();
    for (const TableSchema &table : Schema::replicatedTables()) {
        if (!changed->contains(table.name))
            continue;
        const Status pulled = joining ? inTransaction(m_local, [&] { return pullTable(table.name, horizon, true, outcome); })
                                      : pullTable(table.name, horizon, false, outcome);
        if (!pulled)
            return pulled.error();
    }
    return outcome;
}

Status Puller::pullTable(const QString &table, const QString &horizon, bool joining, Outcome &outcome)
{
    // Ordered by the table's own columns (the cursor index), not by the text forms selected.
    const QString sql = selectFrom(table)
        + u" WHERE (r.sync_xid, r.revision) > (?::xid8, ?) AND r.sync_xid < ?::xid8 "
          "ORDER BY r.sync_xid, r.revision LIMIT ?"_s;
    SyncState state(m_local);
    for (;;) {
        const SyncState::Cursor cursor = state.cursor(table);
        auto rows = read(sql, table, {m_replicaId, cursor.xid, cursor.revision, horizon, chunkRows});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return {};
        int applied = 0;
        auto applyWithCursor = [&]() -> Status {
            if (Status deferred = m_local.execute(u"PRAGMA defer_foreign_keys = ON"_s); !deferred)
                return deferred;
            if (Status chunk = applyChunk(table, *rows, &applied); !chunk)
                return chunk;
            if (Status parents = fetchMissingParents(table, *rows, 0, &applied); !parents)
                return parents;
            return state.setCursor(table, {rows->last().xid, rows->last().row.revision});
        };
        // Joining, the table's transaction is open already: no savepoint per chunk (SQLite would
        // walk every page of the big transaction at the end of each statement).
        const Status done = joining ? applyWithCursor() : inTransaction(m_local, applyWithCursor);
        if (!done)
            return done;
        outcome.pulled += applied;
        if (rows->size() < chunkRows)
            return {};
    }
}

Result<QSet<QString>> Puller::tablesWithNews(const QString &horizon)
{
    // One round trip instead of one per table: most syncs bring a few rows of a few tables.
    QStringList parts;
    QVariantList values;
    SyncState state(m_local);
    for (const TableSchema &table : Schema::replicatedTables()) {
        // The first row in cursor order, so that the cursor index is used even when there is
        // none (an EXISTS could scan the whole table to find nothing).
        parts.append(u"SELECT '"_s + table.name + u"' WHERE (SELECT r.revision FROM comptoir."_s + table.name
                     + u" r WHERE (r.sync_xid, r.revision) > (?::xid8, ?) AND r.sync_xid < ?::xid8 "
                       "ORDER BY r.sync_xid, r.revision LIMIT 1) IS NOT NULL"_s);
        const SyncState::Cursor cursor = state.cursor(table.name);
        values << cursor.xid << cursor.revision << horizon;
    }
    auto query = m_server.run(parts.join(u" UNION ALL "_s), values);
    if (!query)
        return query.error();
    QSet<QString> tables;
    while (query.value().next())
        tables.insert(query.value().value(0).toString());
    return tables;
}

Status Puller::applyChunk(const QString &table, const QList<PulledRow> &rows, int *applied)
{
    // Columns changed on this desk and not pushed yet keep their local values: they reach the
    // server with the next push, where the conflict rule decides.
    QHash<QString, QStringList> pending;
    {
        Query query(m_local, u"SELECT row_id, fields FROM sync_outbox WHERE table_name = ?"_s);
        query.bind(table);
        if (Status done = query.exec(); !done)
            return done;
        while (query.next()) {
            QStringList &columns = pending[query.text(0)];
            for (const QString &column : JsonValues::parseObject(query.text(1)).keys()) {
                if (!columns.contains(column))
                    columns.append(column);
            }
        }
    }
    for (const PulledRow &pulled : rows) {
        if (Status done = applyRow(table, pulled, pending.value(pulled.row.id), applied); !done)
            return done;
    }
    return {};
}

Status Puller::applyRow(const QString &table, const PulledRow &pulled, const QStringList &keepLocal, int *applied)
{
    if (pulled.stampOnly) {
        auto restamped = m_writer.restampRemote(table, pulled.row);
        if (restamped || restamped.error().kind() != ErrorKind::NotFound)
            return restamped ? Status() : Status(restamped.error());
        // Not here after all (a database put back from a copy): the whole row, by id.
        return fetchRows(table, {pulled.row.id}, 0, applied);
    }
    auto written = m_writer.applyRemote(table, pulled.row, keepLocal, pulled.ownEcho);
    if (!written && !pulled.row.deleted) {
        bool gaveWay = false;
        if (Status done = giveWayOnNaturalKeys(table, pulled.row, &gaveWay); !done)
            return done;
        if (gaveWay)
            written = m_writer.applyRemote(table, pulled.row, keepLocal);
    }
    if (!written)
        return written.error();
    if (*written && !pulled.ownEcho)
        ++*applied;
    return {};
}

Status Puller::giveWayOnNaturalKeys(const QString &table, const RemoteRow &row, bool *gaveWay)
{
    // A natural key taken by another live local row: the server merged the two (two desks made
    // the same member's basket); the local one gives way and its tombstone follows.
    for (const QStringList &key : m_keys.naturalKeys(table)) {
        QStringList conditions{u"deleted = 0"_s, u"id <> ?"_s};
        QVariantList values{row.id};
        bool complete = true;
        for (const QString &column : key) {
            const QVariant value = row.values.value(column);
            if (value.isNull()) {
                complete = false;
                break;
            }
            conditions.append(column + u" = ?"_s);
            values.append(value);
        }
        if (!complete)
            continue;
        QStringList losers;
        {
            Query query(m_local, u"SELECT id FROM "_s + table + u" WHERE "_s + conditions.join(u" AND "_s));
            for (const QVariant &value : values)
                query.bind(value);
            if (Status done = query.exec(); !done)
                return done;
            while (query.next())
                losers.append(query.text(0));
        }
        for (const QString &loser : losers) {
            if (Status done = m_writer.applyRemoteMerge(table, loser); !done)
                return done;
            *gaveWay = true;
        }
    }
    return {};
}

Status Puller::fetchMissingParents(const QString &table, const QList<PulledRow> &rows, int depth, int *applied)
{
    for (const LocalKeys::ForeignKey &key : m_keys.foreignKeys(table)) {
        if (!Schema::table(key.parentTable))
            continue;
        QSet<QString> wanted;
        for (const PulledRow &pulled : rows) {
            const QVariant value = pulled.row.values.value(key.column);
            if (!value.isNull() && !value.toString().isEmpty())
                wanted.insert(value.toString());
        }
        QStringList missing;
        for (const QString &id : std::as_const(wanted)) {
            Query query(m_local, u"SELECT 1 FROM "_s + key.parentTable + u" WHERE id = ?"_s);
            query.bind(id);
            if (Status done = query.exec(); !done)
                return done;
            if (!query.next())
                missing.append(id);
        }
        if (missing.isEmpty())
            continue;
        if (depth >= maxParentDepth)
            return Error::storage(tr("The server sent rows of “%1” whose parents cannot be found.").arg(table));
        if (Status done = fetchRows(key.parentTable, missing, depth + 1, applied); !done)
            return done;
    }
    return {};
}

Status Puller::fetchRows(const QString &table, const QStringList &ids, int depth, int *applied)
{
    const QString sql = selectFrom(table) + u" WHERE r.id = ANY(?::uuid[])"_s;
    const QString idArray = u"{"_s + ids.join(u',') + u"}"_s;
    // Whole rows: a copy this desk lacks cannot come back as a revision only.
    auto rows = read(sql, table, {u"00000000-0000-0000-0000-000000000000"_s, idArray});
    if (!rows)
        return rows.error();
    if (Status done = applyChunk(table, *rows, applied); !done)
        return done;
    return fetchMissingParents(table, *rows, depth, applied);
}
