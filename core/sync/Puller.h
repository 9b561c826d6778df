#pragma once

#include "LocalKeys.h"
#include "ServerSchema.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "store/RowWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

class Database;
class ServerConnection;

// Brings the server's rows that this desk has not seen, table by table, parents first. Each
// table is read from its cursor (transaction id, revision) up to a horizon below which every
// transaction of this database has ended (comptoir.pull_horizon), so that a transaction that
// commits late is read by a later sync instead of being skipped for good. Rows come in chunks;
// each chunk is applied with its cursor in one local transaction, through RowWriter's apply
// path (no outbox, no audit).
class Puller {
    Q_DECLARE_TR_FUNCTIONS(Puller)

public:
    Puller(Database &local, ServerConnection &server, ServerColumns columns, QString replicaId);

    struct Outcome {
        int pulled = 0;
    };
    Result<Outcome> run();

    static constexpr int chunkRows = 5000;

private:
    struct PulledRow {
        RemoteRow row;
        QString xid;
        bool ownEcho = false;   // last pushed by this desk
        bool stampOnly = false; // exactly as this desk uploaded it: only the stamp came
    };

    // The rows of `table` in the desks' form, from comptoir.TABLE r (one bound value: this
    // desk's replica id); the caller adds WHERE, ORDER BY, LIMIT.
    QString selectFrom(const QString &table) const;
    // The tables holding rows above their cursor and below the horizon.
    Result<QSet<QString>> tablesWithNews(const QString &horizon);
    Status pullTable(const QString &table, const QString &horizon, bool joining, Outcome &outcome);
    Result<QList<PulledRow>> read(const QString &sql, const QString &table, const QVariantList &values);
    Status applyChunk(const QString &table, const QList<PulledRow> &rows, int *applied);
    Status applyRow(const QString &table, const PulledRow &pulled, const QStringList &keepLocal, int *applied);
    Status giveWayOnNaturalKeys(const QString &table, const RemoteRow &row, bool *gaveWay);
    // A row whose parent this desk does not have yet (its parent was written by a transaction
    // above the horizon): the parent is fetched by id, whatever its revision.
    Status fetchMissingParents(const QString &table, const QList<PulledRow> &rows, int depth, int *applied);
    // Whole rows by id, whatever their revision, with their missing parents.
    Status fetchRows(const QString &table, const QStringList &ids, int depth, int *applied);

    Database &m_local;
    ServerConnection &m_server;
    ServerColumns m_columns;
    QString m_replicaId;
    Clock m_clock;
    RowWriter m_writer;
    LocalKeys m_keys;
};
