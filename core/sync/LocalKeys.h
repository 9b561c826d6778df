#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// What the local schema says about a replicated table, read from SQLite's catalog so that
// tables and indexes added later are covered: its natural keys (unique indexes other than the
// primary key) and its foreign keys.
class LocalKeys {
public:
    struct ForeignKey {
        QString column;
        QString parentTable;
    };

    explicit LocalKeys(Database &database) : m_database(database) {}

    const QList<QStringList> &naturalKeys(const QString &table);
    const QList<ForeignKey> &foreignKeys(const QString &table);

private:
    Database &m_database;
    QHash<QString, QList<QStringList>> m_naturalKeys;
    QHash<QString, QList<ForeignKey>> m_foreignKeys;
};
