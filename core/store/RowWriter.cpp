#include "RowWriter.h"

#include "Database.h"
#include "Query.h"
#include "Schema.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "common/Clock.h"
#include "common/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString auditTable = u"audit_entry"_s;
const QString deletedColumn = u"deleted"_s;

// Values compared as stored: 1 and true, "" and NULL for optional text are not the same.
bool sameValue(const QVariant &stored, const QVariant &wanted)
{
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    if (wanted.typeId() == QMetaType::Bool)
        return stored.toInt() == (wanted.toBool() ? 1 : 0);
    return stored.toString() == wanted.toString();
}

// A QString that was never set is bound as NULL by the driver; text columns hold '' instead.
// A NULL is written only when asked for with a null QVariant (SqlValue's helpers).
QVariant storable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QString::fromLatin1("");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return QJsonValue::fromVariant(value);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

}

RowWriter::RowWriter(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock), m_capture(database)
{
}

ChangeCapture::Stamp RowWriter::stampNow() const
{
    // Nobody named (a desk that only pulled so far) is recorded as empty, never as NULL.
    return {SqlValue::instant(m_clock.now()), m_actor.isNull() ? QString::fromLatin1("") : m_actor};
}

Result<const TableSchema *> RowWriter::tableFor(const QString &table, const QVariantMap &values) const
{
    const TableSchema *schema = Schema::table(table);
    if (!schema)
        return Error::storage(tr("Internal error: unknown table “%1”.").arg(table));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!schema->columns.contains(it.key()))
            return Error::storage(tr("Internal error: unknown column “%1” in “%2”.").arg(it.key(), table));
    }
    return schema;
}

Status RowWriter::insert(const QString &table, const QString &id, const QVariantMap &values)
{
    const auto schema = tableFor(table, values);
    if (!schema)
        return schema.error();
    // The row, its audit entry and its outbox entry are one write, even for a caller that
    // forgot its transaction.
    if (m_database.transactionDepth() == 0)
        return inTransaction(m_database, [&] { return insertRow(**schema, id, values); });
    return insertRow(**schema, id, values);
}

Status RowWriter::insertRow(const TableSchema &schema, const QString &id, const QVariantMap &values)
{
    QVariantMap row = values;
    if (schema.derive)
        row.insert(schema.derive(values));

    const ChangeCapture::Stamp stamp = stampNow();
    QStringList columns{u"id"_s, u"updated_at"_s, u"updated_by"_s};
    QVariantList bound{id, stamp.at, stamp.by};
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns.append(it.key());
        bound.append(storable(it.value()));
    }
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    Query query(m_database, u"INSERT INTO "_s + schema.name + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                                + marks.join(u", "_s) + u')');
    for (const QVariant &value : bound)
        query.bind(value);
    if (Status done = query.exec(); !done)
        return done;

    if (m_capture.isOn()) {
        // The whole row as stored, defaults included, so that the server gets every column.
        auto stored = readStored(schema, id);
        if (!stored)
            return stored.error();
        QVariantMap data = stored->values;
        data.remove(deletedColumn);
        if (Status captured = m_capture.recordInsert(schema.name, id, data, stamp); !captured)
            return captured;
    }

    QJsonObject changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        changes.insert(it.key(), toJson(it.value()));
    return audit(schema.name, id, u"create"_s, compactJson(changes), stamp);
}

Result<RowWriter::StoredRow> RowWriter::readStored(const TableSchema &schema, const QString &id)
{
    Query query(m_database, u"SELECT "_s + schema.columns.join(u", "_s)
                                + u", deleted, rowid, revision, updated_at, updated_by FROM "_s + schema.name
                                + u" WHERE id = ?"_s);
    query.bind(id);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error::notFound(tr("No record with the id “%1”.").arg(id));
    StoredRow row;
    const QStringList &columns = schema.columns;
    const int count = int(columns.size());
    for (int i = 0; i < count; ++i)
        row.values.insert(columns.at(i), query.value(i));
    row.values.insert(deletedColumn, query.value(count));
    row.rowid = query.integer(count + 1);
    row.revision = query.integer(count + 2);
    row.updatedAt = query.value(count + 3);
    row.updatedBy = query.text(count + 4);
    return row;
}

Result<QVariantMap> RowWriter::read(const QString &table, const QString &id)
{
    const auto schema = tableFor(table, {});
    if (!schema)
        return schema.error();
    auto stored = readStored(**schema, id);
    if (!stored)
        return stored.error();
    return stored->values;
}

Result<bool> RowWriter::update(const QString &table, const QString &id, const QVariantMap &values)
{
    const auto schema = tableFor(table, values);
    if (!schema)
        return schema.error();
    if (m_database.transactionDepth() == 0)
        return inTransaction(m_database, [&] { return updateRow(**schema, id, values); });
    return updateRow(**schema, id, values);
}

Result<bool> RowWriter::updateRow(const TableSchema &schema, const QString &id, const QVariantMap &values)
{
    auto stored = readStored(schema, id);
    if (!stored)
        return stored.error();

    QVariantMap changed;
    QVariantMap before;
    QJsonObject changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant old = stored->values.value(it.key());
        if (sameValue(old, it.value()))
            continue;
        changed.insert(it.key(), storable(it.value()));
        before.insert(it.key(), old);
        changes.insert(it.key(), QJsonArray{toJson(old), toJson(it.value())});
    }
    if (changed.isEmpty())
        return false;

    QVariantMap row = stored->values;
    row.remove(deletedColumn);
    row.insert(changed);
    QVariantMap written = changed;
    if (schema.derive)
        written.insert(schema.derive(row));

    const ChangeCapture::Stamp stamp = stampNow();
    QStringList assignments{u"updated_at = ?"_s, u"updated_by = ?"_s};
    QVariantList bound{stamp.at, stamp.by};
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        assignments.append(it.key() + u" = ?"_s);
        bound.append(storable(it.value()));
    }
    bound.append(id);
    Query query(m_database, u"UPDATE "_s + schema.name + u" SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s);
    for (const QVariant &value : bound)
        query.bind(value);
    if (Status done = query.exec(); !done)
        return done.error();

    if (m_capture.isOn()) {
        if (Status captured = m_capture.recordUpdate(schema.name, id, changed, before, stored->revision,
                                                     stored->rowid, stamp);
            !captured)
            return captured.error();
    }
    if (Status audited = audit(schema.name, id, u"update"_s, compactJson(changes), stamp); !audited)
        return audited.error();
    return true;
}

Status RowWriter::remove(const QString &table, const QString &id)
{
    const auto schema = tableFor(table, {});
    if (!schema)
        return schema.error();
    if (m_database.transactionDepth() == 0)
        return inTransaction(m_database, [&] { return removeRow(**schema, id); });
    return removeRow(**schema, id);
}

Status RowWriter::removeRow(const TableSchema &schema, const QString &id)
{
    auto stored = readStored(schema, id);
    if (!stored || stored->values.value(deletedColumn).toInt() != 0)
        return Error::notFound(tr("No record with the id “%1”.").arg(id));

    const ChangeCapture::Stamp stamp = stampNow();
    Query query(m_database, u"UPDATE "_s + schema.name + u" SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ? AND deleted = 0"_s);
    query.bind(stamp.at).bind(stamp.by).bind(id);
    if (Status done = query.exec(); !done)
        return done;
    if (query.rowsAffected() == 0)
        return Error::notFound(tr("No record with the id “%1”.").arg(id));
    if (m_capture.isOn()) {
        if (Status captured = m_capture.recordDelete(schema.name, id, stored->revision, stored->rowid, stamp);
            !captured)
            return captured;
    }
    return audit(schema.name, id, u"delete"_s, u"{}"_s, stamp);
}

Status RowWriter::audit(const QString &table, const QString &id, const QString &action, const QString &changes,
                        const ChangeCapture::Stamp &stamp)
{
    if (!m_auditEnabled || table == auditTable)
        return {};
    const QString entryId = Ids::create();
    Query query(m_database,
                u"INSERT INTO audit_entry (id, at, user_name, entity, row_id, action, changes, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.bind(entryId).bind(stamp.at).bind(stamp.by).bind(table).bind(id).bind(action).bind(changes);
    query.bind(stamp.at).bind(stamp.by);
    if (Status done = query.exec(); !done)
        return done;
    if (!m_capture.isOn())
        return {};
    // The audit trail travels like any replicated table.
    return m_capture.recordInsert(auditTable, entryId,
                                  {{u"at"_s, stamp.at}, {u"user_name"_s, stamp.by}, {u"entity"_s, table},
                                   {u"row_id"_s, id}, {u"action"_s, action}, {u"changes"_s, changes}},
                                  stamp);
}

const QString &RowWriter::applySql(const TableSchema &schema)
{
    auto found = m_applySql.constFind(schema.name);
    if (found != m_applySql.cend())
        return *found;
    QStringList columns{u"id"_s};
    columns += schema.columns;
    columns += schema.localColumns;
    columns += QStringList{u"revision"_s, u"updated_at"_s, u"updated_by"_s, deletedColumn};
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    QStringList assignments;
    for (qsizetype i = 1; i < columns.size(); ++i)
        assignments.append(columns.at(i) + u" = excluded."_s + columns.at(i));
    const QString sql = u"INSERT INTO "_s + schema.name + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
        + marks.join(u", "_s) + u") ON CONFLICT (id) DO UPDATE SET "_s + assignments.join(u", "_s)
        + u" WHERE excluded.revision > "_s + schema.name + u".revision"_s;
    return *m_applySql.insert(schema.name, sql);
}

const QString &RowWriter::sameDataRestampSql(const TableSchema &schema)
{
    auto found = m_sameDataRestamp.constFind(schema.name);
    if (found != m_sameDataRestamp.cend())
        return *found;
    QStringList conditions{u"id = ?"_s, u"revision < ?"_s, u"deleted = ?"_s};
    for (const QString &column : schema.columns)
        conditions.append(column + u" IS ?"_s);
    const QString sql = u"UPDATE "_s + schema.name + u" SET revision = ?, updated_at = ?, updated_by = ? WHERE "_s
        + conditions.join(u" AND "_s);
    return *m_sameDataRestamp.insert(schema.name, sql);
}

Result<bool> RowWriter::applyRemote(const QString &table, const RemoteRow &row, const QStringList &keepLocal,
                                    bool probablyHeld)
{
    const auto schema = tableFor(table, row.values);
    if (!schema)
        return schema.error();
    const TableSchema &tableSchema = **schema;

    if (probablyHeld && keepLocal.isEmpty()) {
        // The same data: only the revision and stamp change, no index is touched.
        Query restamp(m_database, sameDataRestampSql(tableSchema));
        restamp.bind(row.revision).bind(row.updatedAt).bind(row.updatedBy);
        restamp.bind(row.id).bind(row.revision).bind(row.deleted ? 1 : 0);
        for (const QString &column : tableSchema.columns)
            restamp.bind(storable(row.values.value(column)));
        if (Status done = restamp.exec(); !done)
            return done.error();
        if (restamp.rowsAffected() > 0)
            return true;
    }

    QVariantMap values = row.values;
    bool deleted = row.deleted;
    QVariant updatedAt = row.updatedAt;
    QString updatedBy = row.updatedBy;
    if (!keepLocal.isEmpty()) {
        auto stored = readStored(tableSchema, row.id);
        if (stored) {
            for (const QString &column : keepLocal) {
                if (column == deletedColumn)
                    deleted = stored->values.value(deletedColumn).toInt() != 0;
                else if (tableSchema.columns.contains(column))
                    values.insert(column, stored->values.value(column));
            }
            updatedAt = stored->updatedAt;
            updatedBy = stored->updatedBy;
        }
    }
    const QVariantMap derived = tableSchema.derive ? tableSchema.derive(values) : QVariantMap();

    Query query(m_database, applySql(tableSchema));
    query.bind(row.id);
    for (const QString &column : tableSchema.columns)
        query.bind(storable(values.value(column)));
    for (const QString &column : tableSchema.localColumns)
        query.bind(storable(derived.value(column)));
    query.bind(row.revision).bind(updatedAt).bind(updatedBy).bind(deleted ? 1 : 0);
    if (Status done = query.exec(); !done)
        return done.error();
    return query.rowsAffected() > 0;
}

Result<bool> RowWriter::restampRemote(const QString &table, const RemoteRow &row)
{
    const auto schema = tableFor(table, {});
    if (!schema)
        return schema.error();
    Query restamp(m_database, u"UPDATE "_s + (*schema)->name
                                  + u" SET revision = ?, updated_at = ?, updated_by = ? WHERE id = ? AND revision < ?"_s);
    restamp.bind(row.revision).bind(row.updatedAt).bind(row.updatedBy).bind(row.id).bind(row.revision);
    if (Status done = restamp.exec(); !done)
        return done.error();
    if (restamp.rowsAffected() > 0)
        return true;
    Query present(m_database, u"SELECT 1 FROM "_s + (*schema)->name + u" WHERE id = ?"_s);
    present.bind(row.id);
    if (Status done = present.exec(); !done)
        return done.error();
    if (!present.next())
        return Error::notFound(tr("No record with the id “%1”.").arg(row.id));
    return false;
}

Status RowWriter::applyRemoteMerge(const QString &table, const QString &id)
{
    const auto schema = tableFor(table, {});
    if (!schema)
        return schema.error();
    Query query(m_database, u"UPDATE "_s + (*schema)->name + u" SET deleted = 1 WHERE id = ?"_s);
    query.bind(id);
    return query.exec();
}
