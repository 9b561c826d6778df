#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Brings a database to the program's schema with the numbered files in :/migrations
// ("0001_initial.sql", …), each applied in its own transaction together with the new
// PRAGMA user_version. A database whose version is newer than the program's is refused.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration {
        int version = 0;
        QString fileName;
    };

    explicit Migrator(Database &database, QString folder = QStringLiteral(":/migrations"));

    Status migrate();
    QList<Migration> migrations() const;
    int latestVersion() const;

private:
    Status apply(const Migration &migration);

    Database &m_database;
    QString m_folder;
};
