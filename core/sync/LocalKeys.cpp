#include "LocalKeys.h"

#include "store/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

const QList<QStringList> &LocalKeys::naturalKeys(const QString &table)
{
    auto found = m_naturalKeys.constFind(table);
    if (found != m_naturalKeys.cend())
        return *found;
    QList<QStringList> keys;
    QSqlQuery indexes(m_database.connection());
    indexes.prepare(u"SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin IN ('c', 'u')"_s);
    indexes.addBindValue(table);
    if (indexes.exec()) {
        while (indexes.next()) {
            QSqlQuery columns(m_database.connection());
            columns.prepare(u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s);
            columns.addBindValue(indexes.value(0).toString());
            QStringList key;
            if (columns.exec()) {
                while (columns.next())
                    key.append(columns.value(0).toString());
            }
            if (!key.isEmpty())
                keys.append(key);
        }
    }
    return *m_naturalKeys.insert(table, keys);
}

const QList<LocalKeys::ForeignKey> &LocalKeys::foreignKeys(const QString &table)
{
    auto found = m_foreignKeys.constFind(table);
    if (found != m_foreignKeys.cend())
        return *found;
    QList<ForeignKey> keys;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"_s);
    query.addBindValue(table);
    if (query.exec()) {
        while (query.next())
            keys.append({query.value(0).toString(), query.value(1).toString()});
    }
    return *m_foreignKeys.insert(table, keys);
}
