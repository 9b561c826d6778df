#include "SyncEngine.h"

#include "Puller.h"
#include "Pusher.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "store/SyncState.h"
#include "common/Ids.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

SyncEngine::SyncEngine(QString databasePath, ServerAddress server)
    : m_databasePath(std::move(databasePath)), m_server(std::move(server))
{
}

QString SyncEngine::lockFilePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + u".sync-lock"_s;
}

Result<SyncReport> SyncEngine::run()
{
    // A new desk's database may not exist yet, nor its folder.
    const QString folder = QFileInfo(m_databasePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::storage(tr("The folder “%1” cannot be created.").arg(folder));
    QLockFile lock(lockFilePath(m_databasePath));
    // Only a dead process leaves a stale lock; a long first sync is not stale.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError)
            return Error::storage(tr("The lock file “%1” cannot be written.").arg(lockFilePath(m_databasePath)));
        qint64 pid = 0;
        QString host;
        QString application;
        lock.getLockInfo(&pid, &host, &application);
        return Error(ErrorKind::Conflict, tr("Another sync of “%1” is running (process %2); this one did nothing.")
                                              .arg(m_databasePath)
                                              .arg(pid));
    }

    auto server = ServerConnection::open(m_server);
    if (!server)
        return server.error();
    auto local = Database::open(m_databasePath);
    if (!local)
        return local.error();
    // A first pull writes hundreds of thousands of rows under random keys: with SQLite's small
    // default page cache every chunk would spill and rewrite the same index pages, and each
    // upsert's statement journal would go to a temporary file.
    for (const QString &pragma : {u"PRAGMA cache_size = -65536"_s, u"PRAGMA temp_store = MEMORY"_s}) {
        if (Status done = (*local)->execute(pragma); !done)
            return done.error();
    }

    ServerSchema schema(**server);
    auto columns = schema.checkUsable();
    if (!columns)
        return columns.error();
    auto replicaId = attach(**local, **server, schema);
    if (!replicaId)
        return replicaId.error();

    SyncReport report;
    auto pushed = Pusher(**local, **server, *replicaId).run();
    if (!pushed)
        return pushed.error();
    report.pushed = pushed->pushed;
    report.conflicts = pushed->conflicts;

    auto pulled = Puller(**local, **server, *columns, *replicaId).run();
    if (!pulled)
        return pulled.error();
    report.pulled = pulled->pulled;
    return report;
}

Status SyncEngine::checkGroups(Database &local, ServerConnection &server)
{
    Query localGroups(local, u"SELECT id, name FROM market_group WHERE deleted = 0"_s);
    if (Status done = localGroups.exec(); !done)
        return done;
    if (!localGroups.next())
        return {}; // a new desk: it takes the server's group
    const QString localId = localGroups.text(0);
    const QString localName = localGroups.text(1);
    auto serverGroups = server.run(u"SELECT id::text, name FROM comptoir.market_group WHERE NOT deleted"_s);
    if (!serverGroups)
        return serverGroups.error();
    if (!serverGroups.value().next() || serverGroups->value(0).toString() == localId)
        return {};
    return Error(ErrorKind::Conflict,
                 tr("This database holds the group “%1” and the server %2 holds the group “%3”; a desk syncs only "
                    "with its own group’s server. To join “%3”, sync a new, empty database. Nothing was changed.")
                     .arg(localName, m_server.display(), serverGroups->value(1).toString()));
}

Result<QString> SyncEngine::attach(Database &local, ServerConnection &server, ServerSchema &schema)
{
    auto serverId = schema.serverId();
    if (!serverId)
        return serverId.error();
    SyncState state(local);
    const QString attachedTo = state.value(SyncState::serverIdKey);
    if (!attachedTo.isEmpty()) {
        if (attachedTo != *serverId) {
            return Error(ErrorKind::Conflict,
                         tr("This database was synced with another server than %1 (or the server was set up again); "
                            "its data cannot be mixed with this server’s. Nothing was changed.")
                             .arg(m_server.display()));
        }
        return state.value(SyncState::replicaIdKey);
    }

    if (Status groups = checkGroups(local, server); !groups)
        return groups.error();
    const QString replicaId = Ids::create();
    Status attached = inTransaction(local, [&]() -> Status {
        for (const auto &[key, value] : {std::pair{SyncState::serverIdKey, *serverId},
                                         std::pair{SyncState::replicaIdKey, replicaId},
                                         std::pair{SyncState::captureKey, u"1"_s}}) {
            if (Status done = state.setValue(key, value); !done)
                return done;
        }
        // The rows written so far go up in the first upload, not through the outbox.
        for (const TableSchema &table : Schema::replicatedTables()) {
            Query mark(local, u"INSERT INTO sync_upload (table_name, mark_rowid) SELECT ?, coalesce(max(rowid), 0) FROM "_s
                                  + table.name);
            mark.bind(table.name);
            if (Status done = mark.exec(); !done)
                return done;
        }
        return {};
    });
    if (!attached)
        return attached.error();
    return replicaId;
}
