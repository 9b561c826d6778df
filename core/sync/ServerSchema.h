#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class ServerConnection;

// The columns of the server's replicated tables and their PostgreSQL types (data_type of
// information_schema), as the puller needs them to read rows in the desks' form.
using ServerColumns = QHash<QString, QHash<QString, QString>>;

// Comptoir's schema on the shared server, created and upgraded by Comptoir itself from the
// migration files in :/server (resources/server/NNNN_name.sql), all pending ones in one
// transaction. The version lives in comptoir.sync_meta; a server newer than this program is
// refused, never touched.
class ServerSchema {
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)

public:
    explicit ServerSchema(ServerConnection &server, QString folder = QStringLiteral(":/server"));

    // The newest version this program knows.
    int latestVersion() const;
    // The server's version; 0 when Comptoir's schema is not there.
    Result<int> version();

    // Creates the schema on a server that has none; refused when it has one.
    Status initialise();
    // Applies the migrations the server lacks; returns the version before.
    Result<int> upgrade();

    // Whether a sync can run: the schema is there, at this program's version, and has every
    // column core/store/Schema replicates. Returns the server's columns.
    Result<ServerColumns> checkUsable();
    // The server's replicated tables and their columns.
    Result<ServerColumns> columns();
    // The id the server got when it was initialised (a desk attached to it keeps it).
    Result<QString> serverId();

private:
    struct Migration {
        int version;
        QString fileName;
    };
    QList<Migration> migrations() const;
    Status migrate(int from);
    Error tooNew(int version) const;

    ServerConnection &m_server;
    QString m_folder;
};
