#include "SyncState.h"

#include "store/Query.h"

using namespace Qt::StringLiterals;

namespace {

QString cursorKey(const QString &table)
{
    return u"cursor:"_s + table;
}

}

QString SyncState::value(const QString &key) const
{
    Query query(m_database, u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.bind(key);
    if (!query.exec() || !query.next())
        return {};
    return query.text(0);
}

Status SyncState::setValue(const QString &key, const QString &value)
{
    Query query(m_database, u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bind(key).bind(value);
    return query.exec();
}

SyncState::Cursor SyncState::cursor(const QString &table) const
{
    Cursor cursor;
    const QString stored = value(cursorKey(table));
    const qsizetype colon = stored.indexOf(u':');
    if (colon > 0) {
        cursor.xid = stored.left(colon);
        cursor.revision = stored.mid(colon + 1).toLongLong();
    }
    return cursor;
}

Status SyncState::setCursor(const QString &table, const Cursor &cursor)
{
    return setValue(cursorKey(table), cursor.xid + u':' + QString::number(cursor.revision));
}
