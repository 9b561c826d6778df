#include "TableAccess.h"

#include "Query.h"
#include "Schema.h"
#include "SqlValue.h"
#include "Store.h"

using namespace Qt::StringLiterals;

TableAccess::TableAccess(Store &store, const QString &table)
    : m_store(store), m_schema(*Schema::table(table))
{
}

QString TableAccess::selectSql(const QString &where) const
{
    return u"SELECT id, "_s + m_schema.columns.join(u", "_s) + u", revision, updated_at, updated_by FROM "_s
        + m_schema.name + u" WHERE deleted = 0 AND ("_s + where + u')';
}

Result<QList<QVariantMap>> TableAccess::select(const QString &where, const QVariantList &values,
                                               const QString &orderBy) const
{
    QString sql = selectSql(where.isEmpty() ? u"1"_s : where);
    if (!orderBy.isEmpty())
        sql += u" ORDER BY "_s + orderBy;
    Query query(m_store.database(), sql);
    for (const QVariant &value : values)
        query.bind(value);
    if (Status done = query.exec(); !done)
        return done.error();

    QList<QVariantMap> rows;
    const QStringList &columns = m_schema.columns;
    const int count = int(columns.size());
    while (query.next()) {
        QVariantMap row;
        row.insert(u"id"_s, query.value(0));
        for (int i = 0; i < count; ++i)
            row.insert(columns.at(i), query.value(i + 1));
        row.insert(u"revision"_s, query.value(count + 1));
        row.insert(u"updated_at"_s, query.value(count + 2));
        row.insert(u"updated_by"_s, query.value(count + 3));
        rows.append(row);
    }
    return rows;
}

Result<QVariantMap> TableAccess::find(const QString &id, const QString &notFoundMessage) const
{
    auto rows = select(u"id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(notFoundMessage);
    return rows->first();
}

bool TableAccess::exists(const QString &id) const
{
    Query query(m_store.database(), u"SELECT 1 FROM "_s + m_schema.name + u" WHERE id = ? AND deleted = 0"_s);
    query.bind(id);
    return query.exec() && query.next();
}

Status TableAccess::insert(const QString &id, const QVariantMap &row)
{
    return m_store.writer().insert(m_schema.name, id, row);
}

Result<bool> TableAccess::update(const QString &id, const QVariantMap &row)
{
    return m_store.writer().update(m_schema.name, id, row);
}

Status TableAccess::remove(const QString &id)
{
    return m_store.writer().remove(m_schema.name, id);
}

RowStamp TableAccess::stampOf(const QVariantMap &row)
{
    RowStamp stamp;
    stamp.revision = row.value(u"revision"_s).toLongLong();
    stamp.updatedAt = SqlValue::toInstant(row.value(u"updated_at"_s));
    stamp.updatedBy = row.value(u"updated_by"_s).toString();
    return stamp;
}
