#pragma once

#include <QSqlDatabase>
#include <QString>

// The throwaway PostgreSQL server of the test run (tests/sync/pg-server.sh), as a URL and as
// QPSQL connections. A test that needs it fails, never skips, when it is not there.
namespace TestServer {
// postgresql://postgres@127.0.0.1:PORT/postgres, or empty when the fixture did not start.
QString url();
// A new QPSQL connection named `connectionName` to `database` on the test server.
QSqlDatabase connect(const QString &connectionName, const QString &database = QStringLiteral("postgres"));
// A new, empty database on the server for one test; returns its name.
QString createDatabase(const QString &prefix);
}
