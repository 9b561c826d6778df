#include "LocalSettings.h"

#include "Query.h"

using namespace Qt::StringLiterals;

QString LocalSettings::value(const QString &key) const
{
    Query query(m_database, u"SELECT value FROM local_setting WHERE key = ?"_s);
    query.bind(key);
    if (!query.exec() || !query.next())
        return {};
    return query.text(0);
}

Status LocalSettings::setValue(const QString &key, const QString &value)
{
    Query query(m_database, u"INSERT INTO local_setting (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bind(key).bind(value);
    return query.exec();
}
