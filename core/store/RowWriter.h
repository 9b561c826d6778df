#pragma once

#include "common/Result.h"
#include "ChangeCapture.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class Clock;
class Database;
struct TableSchema;

// A row as the server sent it, for the apply path of a pull: data columns by name (as this
// database stores them) and the replication columns.
struct RemoteRow {
    QString id;
    QVariantMap values;
    qint64 revision = 0;
    QVariant updatedAt;
    QString updatedBy;
    bool deleted = false;
};

// The one path by which rows of replicated tables are written. Each write stamps the
// replication columns (updated_at from the Clock, updated_by from the actor), derives the
// table's local columns, records an audit entry with the fields before and after and, once the
// desk is attached to a server, an outbox entry for the sync, all in the caller's transaction.
// Rows that a pull brings go through applyRemote(), which writes neither. Table and column names
// come from Schema, never from input.
class RowWriter {
    Q_DECLARE_TR_FUNCTIONS(RowWriter)

public:
    RowWriter(Database &database, const Clock &clock);

    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }

    // Turns the audit trail off for bulk generation (the large benchmark group); on by default.
    void setAuditEnabled(bool enabled) { m_auditEnabled = enabled; }

    Status insert(const QString &table, const QString &id, const QVariantMap &values);
    // Writes the fields of `values` that differ from the stored row. Returns whether anything
    // changed; a row that does not exist is an error.
    Result<bool> update(const QString &table, const QString &id, const QVariantMap &values);
    // A tombstone: the row stays, marked deleted, so that the deletion can be replicated.
    Status remove(const QString &table, const QString &id);

    // The stored data columns of a row (deleted rows included), or NotFound.
    Result<QVariantMap> read(const QString &table, const QString &id);

    // The apply path of a pull: writes `row` as the server has it (revision and stamps
    // included), unless this database already holds that revision or a newer one; the columns
    // named in `keepLocal` (local changes not pushed yet) keep their local values. No audit
    // entry, no outbox entry. Returns whether the row was written. `probablyHeld`: the row is
    // most likely here with the same data already (this desk's own change coming back), so that
    // only its revision and stamp are written when that is so.
    Result<bool> applyRemote(const QString &table, const RemoteRow &row, const QStringList &keepLocal = {},
                             bool probablyHeld = false);
    // The apply path for a row this desk uploaded and the server kept as it was: only its
    // revision and stamp, when newer. NotFound when the row is not here.
    Result<bool> restampRemote(const QString &table, const RemoteRow &row);
    // Marks a local row deleted because the server merged it into another one (a basket made
    // for the same member and distribution on two desks); no audit entry, no outbox entry.
    Status applyRemoteMerge(const QString &table, const QString &id);

private:
    struct StoredRow {
        QVariantMap values; // data columns and `deleted`
        qint64 rowid = 0;
        qint64 revision = 0;
        QVariant updatedAt;
        QString updatedBy;
    };

    Result<const TableSchema *> tableFor(const QString &table, const QVariantMap &values) const;
    Result<StoredRow> readStored(const TableSchema &schema, const QString &id);
    Status insertRow(const TableSchema &schema, const QString &id, const QVariantMap &values);
    Result<bool> updateRow(const TableSchema &schema, const QString &id, const QVariantMap &values);
    Status removeRow(const TableSchema &schema, const QString &id);
    Status audit(const QString &table, const QString &id, const QString &action, const QString &changes,
                 const ChangeCapture::Stamp &stamp);
    ChangeCapture::Stamp stampNow() const;
    const QString &applySql(const TableSchema &schema);
    const QString &sameDataRestampSql(const TableSchema &schema);

    Database &m_database;
    const Clock &m_clock;
    ChangeCapture m_capture;
    QString m_actor;
    bool m_auditEnabled = true;
    QHash<QString, QString> m_applySql;
    QHash<QString, QString> m_sameDataRestamp;
};
