#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// Where the shared server is, from a URL postgresql://USER@HOST:PORT/DATABASE (port 5432 when
// left out). A password is refused: it comes from libpq's own sources (PGPASSWORD, ~/.pgpass,
// a service file), never from the command line. Options in the query: sslmode, sslrootcert,
// service.
class ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int defaultPort = 5432;

    // A Validation error with a message saying what is wrong with the URL.
    static Result<ServerAddress> parse(const QString &url);

    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }
    // The libpq options for QPSQL ("key=value;…"): TLS verified for every host but loopback.
    QString connectOptions() const;
    // The URL without secrets, for messages.
    QString display() const;
    bool isLoopback() const;
    // A Unix socket folder instead of a TCP host.
    bool isLocalSocket() const { return m_host.startsWith(u'/'); }

private:
    QString m_user;
    QString m_host;
    int m_port = defaultPort;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;
    QString m_service;
};
