#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

class Clock;
class Database;
struct TableSchema;

// The one path by which rows of replicated tables are written. Each write stamps the
// replication columns (updated_at from the Clock, updated_by from the actor), derives the
// table's local columns, and records an audit entry with the fields before and after, all in
// the caller's transaction. Table and column names come from Schema, never from input.
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

private:
    Result<const TableSchema *> tableFor(const QString &table, const QVariantMap &values) const;
    Status audit(const QString &table, const QString &id, const QString &action, const QString &changes);

    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
    bool m_auditEnabled = true;
};
