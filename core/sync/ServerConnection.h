#pragma once

#include "ServerAddress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

// One QPSQL connection to the shared server, opened in the thread that will use it, after a
// short reachability probe (Qt Network) so that an offline desk never waits on a connection.
// Sessions run in UTC.
class ServerConnection {
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    static constexpr int probeTimeoutMs = 2000;

    // Unreachable when nothing answers on the server's port within the probe's time.
    static Status probe(const ServerAddress &address, int timeoutMs = probeTimeoutMs);
    static Result<std::unique_ptr<ServerConnection>> open(const ServerAddress &address);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase database() const;
    const ServerAddress &address() const { return m_address; }

    // Runs `sql` with positional bound values; the query is positioned before its first row.
    // Statements with values are prepared once per connection and kept: read the result before
    // running the same statement again.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    // Runs `sql` and returns the first column of its first row (null when there is none).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // Runs a script of several statements without bound values (server migrations).
    Status runScript(const QString &script);

    Status begin();
    Status commit();
    void rollback();

    // A failure while talking to the server, as an Error: Unreachable when the connection was
    // lost, Storage otherwise.
    Error failure(const QSqlError &error, const QString &what) const;

private:
    ServerConnection(ServerAddress address, QString connectionName);

    ServerAddress m_address;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_prepared;
};
