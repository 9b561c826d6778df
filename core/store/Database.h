#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

// One SQLite connection to a Comptoir database file: opened with foreign keys, WAL and a busy
// time-out, migrated to the program's schema, refused when newer than the program. Keeps its
// prepared statements for reuse. Belongs to the thread that opened it.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // The SQLite "application_id" that marks a file as Comptoir's.
    static constexpr int applicationId = 0x436d7074; // "Cmpt"

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // A prepared statement for `sql`, kept for the life of the connection. Not reentrant: a
    // statement in use by a caller up the stack gets a fresh copy (see Query).
    QSqlQuery *cachedStatement(const QString &sql, bool *fresh);
    void releaseStatement(const QString &sql, QSqlQuery *statement);

    // Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    int transactionDepth() const { return m_transactionDepth; }
    Status beginTransaction();
    Status commitTransaction();
    void rollbackTransaction();

    // Runs one statement without bound values (pragmas, DDL from migration files).
    Status execute(const QString &sql);

private:
    explicit Database(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery *> m_statements;
    QHash<QString, bool> m_statementInUse;
    int m_transactionDepth = 0;
};
