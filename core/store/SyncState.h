#pragma once

#include "common/Result.h"

#include <QString>

class Database;

// This desk's side of the sync (the local sync_state table, never replicated): the server it is
// attached to, its own replica id, whether changes are captured, and the pull cursors.
class SyncState {
public:
    static inline const QString serverIdKey = QStringLiteral("server_id");
    static inline const QString replicaIdKey = QStringLiteral("replica_id");
    // "1" once the desk is attached: from then on every local change writes an outbox entry.
    static inline const QString captureKey = QStringLiteral("capture");

    explicit SyncState(Database &database) : m_database(database) {}

    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    bool isAttached() const { return !value(serverIdKey).isEmpty(); }

    // The pull cursor of a table: the (transaction id, revision) of the last row applied.
    struct Cursor {
        QString xid = QStringLiteral("0");
        qint64 revision = 0;
    };
    Cursor cursor(const QString &table) const;
    Status setCursor(const QString &table, const Cursor &cursor);

private:
    Database &m_database;
};
