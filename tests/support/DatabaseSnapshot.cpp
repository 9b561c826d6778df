#include "DatabaseSnapshot.h"

#include "store/Database.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace DatabaseSnapshot {

QString take(Store &store)
{
    QSqlDatabase db = store.database().connection();
    QStringList lines;
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery rows(db);
        // Table names come from sqlite_master, not from input.
        rows.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s);
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                values.append(rows.isNull(i) ? u"NULL"_s : rows.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    QSqlQuery version(db);
    version.exec(u"PRAGMA user_version"_s);
    if (version.next())
        lines.append(u"user_version: "_s + version.value(0).toString());
    return lines.join(u'\n');
}

}
