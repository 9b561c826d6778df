#include "Database.h"

#include "Migrator.h"
#include "PlannerStatistics.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"comptoir-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo file(path);
    if (path.isEmpty())
        return Error(ErrorKind::Validation, tr("No database file was given."));
    if (file.exists() && !file.isFile())
        return Error(ErrorKind::Storage, tr("“%1” is a folder, not a database file.").arg(path));
    if (!file.exists()) {
        if (mode == OpenMode::MustExist)
            return Error(ErrorKind::NotFound, tr("The database file “%1” does not exist.").arg(path));
        if (!QDir().mkpath(file.absolutePath()))
            return Error::storage(tr("The folder “%1” cannot be created.").arg(file.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(file.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Error::storage(tr("The database “%1” cannot be opened.").arg(path), db.lastError().text());

    if (Status configured = database->configure(); !configured)
        return configured.error();

    Migrator migrator(*database);
    if (Status migrated = migrator.migrate(); !migrated)
        return migrated.error();
    PlannerStatistics::refresh(*database);
    return database;
}

Status Database::configure()
{
    // A file that is not SQLite fails on its first read, here.
    QSqlQuery probe(connection());
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next()) {
        return Error::storage(tr("“%1” is not a Comptoir database (it cannot be read as SQLite).").arg(m_path),
                              probe.lastError().text());
    }
    const int id = probe.value(0).toInt();
    probe.finish();
    QSqlQuery tables(connection());
    tables.exec(u"SELECT count(*) FROM sqlite_master"_s);
    const bool empty = tables.next() && tables.value(0).toInt() == 0;
    tables.finish();
    if (id != applicationId && !empty)
        return Error::storage(tr("“%1” is an SQLite database but not a Comptoir one.").arg(m_path));

    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 5000"_s}) {
        if (Status done = execute(pragma); !done)
            return done;
    }
    if (empty)
        return execute(u"PRAGMA application_id = %1"_s.arg(applicationId));
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlQuery *Database::cachedStatement(const QString &sql, bool *fresh)
{
    if (m_statementInUse.value(sql)) {
        *fresh = true;
        auto *statement = new QSqlQuery(connection());
        statement->prepare(sql);
        return statement;
    }
    *fresh = false;
    QSqlQuery *&statement = m_statements[sql];
    if (!statement) {
        statement = new QSqlQuery(connection());
        statement->setForwardOnly(true);
        if (!statement->prepare(sql)) {
            // Keep the failed statement out of the cache; the caller reports its error.
            QSqlQuery *failed = statement;
            m_statements.remove(sql);
            *fresh = true;
            return failed;
        }
    }
    m_statementInUse.insert(sql, true);
    return statement;
}

void Database::releaseStatement(const QString &sql, QSqlQuery *statement)
{
    statement->finish();
    m_statementInUse.insert(sql, false);
}

Status Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return Error::storage(tr("The database “%1” refused an operation.").arg(m_path), query.lastError().text());
    return {};
}

Status Database::beginTransaction()
{
    const QString sql = m_transactionDepth == 0 ? u"BEGIN IMMEDIATE"_s
                                                : u"SAVEPOINT level_%1"_s.arg(m_transactionDepth);
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return Error::storage(tr("The database is busy or read-only; nothing was changed."),
                              query.lastError().text());
    }
    ++m_transactionDepth;
    return {};
}

Status Database::commitTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    const QString sql = m_transactionDepth == 1 ? u"COMMIT"_s
                                                : u"RELEASE level_%1"_s.arg(m_transactionDepth - 1);
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        rollbackTransaction();
        return Error::storage(tr("The change could not be saved; nothing was changed."),
                              query.lastError().text());
    }
    --m_transactionDepth;
    return {};
}

void Database::rollbackTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    QSqlQuery query(connection());
    if (m_transactionDepth == 1) {
        query.exec(u"ROLLBACK"_s);
    } else {
        const QString savepoint = u"level_%1"_s.arg(m_transactionDepth - 1);
        query.exec(u"ROLLBACK TO "_s + savepoint);
        query.exec(u"RELEASE "_s + savepoint);
    }
    --m_transactionDepth;
}
