#pragma once

#include "ServerAddress.h"
#include "SyncReport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;
class ServerConnection;
class ServerSchema;

// One sync of a desk's database with the shared server: push this desk's changes, then pull the
// others'. It opens its own connections (SQLite and PostgreSQL) in the thread that calls run(),
// so that the app can run it off the UI thread; a lock file beside the database keeps two syncs
// (the app's and a CLI's) from running on the same replica at once. The first sync attaches the
// desk to the server: from then on every local change is captured in the outbox.
class SyncEngine {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    SyncEngine(QString databasePath, ServerAddress server);

    Result<SyncReport> run();

    static QString lockFilePath(const QString &databasePath);

private:
    Result<QString> attach(Database &local, ServerConnection &server, ServerSchema &schema);
    Status checkGroups(Database &local, ServerConnection &server);

    QString m_databasePath;
    ServerAddress m_server;
};
