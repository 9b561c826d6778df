#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QVariantMap>

class Database;

// Writes the outbox entry of a local change, in the caller's transaction (RowWriter calls it
// beside each write of a replicated row). Nothing is captured before the desk is attached to a
// server: a desk without a server pays nothing, and the rows it wrote before are sent by the
// first upload instead (docs/SYNC.md, "First sync").
class ChangeCapture {
public:
    explicit ChangeCapture(Database &database) : m_database(database) {}

    // Whether changes are captured now; read inside the caller's transaction.
    bool isOn();

    // The change's stamp, as written in the row.
    struct Stamp {
        QVariant at;
        QString by;
    };

    Status recordInsert(const QString &table, const QString &id, const QVariantMap &row, const Stamp &stamp);
    // `rowid` and `baseRevision` are the row's before the change.
    Status recordUpdate(const QString &table, const QString &id, const QVariantMap &changed,
                        const QVariantMap &before, qint64 baseRevision, qint64 rowid, const Stamp &stamp);
    Status recordDelete(const QString &table, const QString &id, qint64 baseRevision, qint64 rowid,
                        const Stamp &stamp);

private:
    // A row written before the desk was attached and not yet taken by an upload page: the page
    // will carry its values as they are then, so its changes need no entry.
    bool awaitsUpload(const QString &table, qint64 rowid);
    Status record(const QString &kind, const QString &table, const QString &id, const QString &fields,
                  const QString &old, qint64 baseRevision, const Stamp &stamp);

    Database &m_database;
    bool m_on = false;
    // Tables whose first upload was entirely claimed: never again any row awaiting it.
    QHash<QString, bool> m_uploadClaimed;
};
