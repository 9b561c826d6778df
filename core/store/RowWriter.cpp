#include "RowWriter.h"

#include "Database.h"
#include "Query.h"
#include "Schema.h"
#include "SqlValue.h"
#include "common/Clock.h"
#include "common/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString auditTable = u"audit_entry"_s;

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

}

RowWriter::RowWriter(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
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

    QVariantMap row = values;
    if ((*schema)->derive)
        row.insert((*schema)->derive(values));

    QStringList columns{u"id"_s, u"updated_at"_s, u"updated_by"_s};
    QVariantList bound{id, SqlValue::instant(m_clock.now()), m_actor};
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns.append(it.key());
        bound.append(storable(it.value()));
    }
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    Query query(m_database, u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                                + marks.join(u", "_s) + u')');
    for (const QVariant &value : bound)
        query.bind(value);
    if (Status done = query.exec(); !done)
        return done;

    QJsonObject changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        changes.insert(it.key(), toJson(it.value()));
    return audit(table, id, u"create"_s, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
}

Result<QVariantMap> RowWriter::read(const QString &table, const QString &id)
{
    const auto schema = tableFor(table, {});
    if (!schema)
        return schema.error();
    Query query(m_database, u"SELECT "_s + (*schema)->columns.join(u", "_s) + u", deleted FROM "_s + table
                                + u" WHERE id = ?"_s);
    query.bind(id);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error::notFound(tr("No record with the id “%1”.").arg(id));
    QVariantMap row;
    const QStringList &columns = (*schema)->columns;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), query.value(i));
    row.insert(u"deleted"_s, query.value(int(columns.size())));
    return row;
}

Result<bool> RowWriter::update(const QString &table, const QString &id, const QVariantMap &values)
{
    const auto schema = tableFor(table, values);
    if (!schema)
        return schema.error();
    auto stored = read(table, id);
    if (!stored)
        return stored.error();

    QVariantMap changed;
    QJsonObject changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant before = stored->value(it.key());
        if (sameValue(before, it.value()))
            continue;
        changed.insert(it.key(), it.value());
        changes.insert(it.key(), QJsonArray{toJson(before), toJson(it.value())});
    }
    if (changed.isEmpty())
        return false;

    QVariantMap row = *stored;
    row.remove(u"deleted"_s);
    row.insert(changed);
    QVariantMap written = changed;
    if ((*schema)->derive)
        written.insert((*schema)->derive(row));

    QStringList assignments{u"updated_at = ?"_s, u"updated_by = ?"_s};
    QVariantList bound{SqlValue::instant(m_clock.now()), m_actor};
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        assignments.append(it.key() + u" = ?"_s);
        bound.append(storable(it.value()));
    }
    bound.append(id);
    Query query(m_database, u"UPDATE "_s + table + u" SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s);
    for (const QVariant &value : bound)
        query.bind(value);
    if (Status done = query.exec(); !done)
        return done.error();

    if (Status audited = audit(table, id, u"update"_s,
                               QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
        !audited)
        return audited.error();
    return true;
}

Status RowWriter::remove(const QString &table, const QString &id)
{
    const auto schema = tableFor(table, {});
    if (!schema)
        return schema.error();
    Query query(m_database, u"UPDATE "_s + table + u" SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ? AND deleted = 0"_s);
    query.bind(SqlValue::instant(m_clock.now())).bind(m_actor).bind(id);
    if (Status done = query.exec(); !done)
        return done;
    if (query.rowsAffected() == 0)
        return Error::notFound(tr("No record with the id “%1”.").arg(id));
    return audit(table, id, u"delete"_s, u"{}"_s);
}

Status RowWriter::audit(const QString &table, const QString &id, const QString &action, const QString &changes)
{
    if (!m_auditEnabled || table == auditTable)
        return {};
    const QVariant now = SqlValue::instant(m_clock.now());
    Query query(m_database,
                u"INSERT INTO audit_entry (id, at, user_name, entity, row_id, action, changes, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.bind(Ids::create()).bind(now).bind(m_actor).bind(table).bind(id).bind(action).bind(changes).bind(now).bind(m_actor);
    return query.exec();
}
