#include "ServerConnection.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"comptoir-server-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

}

ServerConnection::ServerConnection(ServerAddress address, QString connectionName)
    : m_address(std::move(address)), m_connectionName(std::move(connectionName))
{
}

ServerConnection::~ServerConnection()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status ServerConnection::probe(const ServerAddress &address, int timeoutMs)
{
    if (address.host().isEmpty())
        return {}; // a service file names the host; libpq's own time-out applies
    if (address.isLocalSocket()) {
        if (QFileInfo::exists(address.host()))
            return {};
        return Error(ErrorKind::Unreachable, tr("The server %1 cannot be reached (no socket folder “%2”).")
                                                 .arg(address.display(), address.host()));
    }
    QTcpSocket socket;
    socket.connectToHost(address.host(), quint16(address.port()));
    if (!socket.waitForConnected(timeoutMs)) {
        return Error(ErrorKind::Unreachable,
                     tr("The server %1 cannot be reached (%2); the desk keeps working offline.")
                         .arg(address.display(), socket.errorString()));
    }
    socket.abort();
    return {};
}

Result<std::unique_ptr<ServerConnection>> ServerConnection::open(const ServerAddress &address)
{
    if (Status reachable = probe(address); !reachable)
        return reachable.error();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error::storage(tr("Qt’s PostgreSQL driver (QPSQL) is not installed."));

    std::unique_ptr<ServerConnection> connection(new ServerConnection(address, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection->m_connectionName);
        db.setHostName(address.host());
        if (!address.isLocalSocket() || address.port() != ServerAddress::defaultPort)
            db.setPort(address.port());
        db.setUserName(address.user());
        db.setDatabaseName(address.database());
        db.setConnectOptions(address.connectOptions());
        if (!db.open()) {
            const QString detail = db.lastError().text();
            if (detail.contains(u"timeout"_s, Qt::CaseInsensitive) || detail.contains(u"could not connect"_s, Qt::CaseInsensitive))
                return Error(ErrorKind::Unreachable, tr("The server %1 cannot be reached; the desk keeps working offline.")
                                                         .arg(address.display()));
            if (detail.contains(u"password"_s, Qt::CaseInsensitive)) {
                return Error::storage(tr("The server %1 wants a password that was not found or not accepted: put it in "
                                         "~/.pgpass, a PostgreSQL service file or PGPASSWORD (never on the command line).")
                                          .arg(address.display()),
                                      detail);
            }
            return Error::storage(tr("The server %1 refused the connection.").arg(address.display()), detail);
        }
    }
    if (auto utc = connection->run(u"SET TIME ZONE 'UTC'"_s); !utc)
        return utc.error();
    return connection;
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error ServerConnection::failure(const QSqlError &error, const QString &what) const
{
    const QSqlDatabase db = database();
    if (error.type() == QSqlError::ConnectionError || !db.isOpen()
        || error.text().contains(u"server closed the connection"_s, Qt::CaseInsensitive)
        || error.text().contains(u"terminating connection"_s, Qt::CaseInsensitive)
        || error.text().contains(u"no connection to the server"_s, Qt::CaseInsensitive)) {
        return Error(ErrorKind::Unreachable,
                     tr("The connection to the server %1 was lost; nothing is lost on this desk, the next "
                        "sync carries on.")
                         .arg(m_address.display()));
    }
    return Error::storage(what, error.text());
}

Result<QSqlQuery> ServerConnection::run(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return failure(query.lastError(), tr("The server refused an operation of the sync."));
        return query;
    }
    // One round trip per run instead of three (prepare, execute, deallocate).
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return failure(query.lastError(), tr("The server refused an operation of the sync."));
        found = m_prepared.insert(sql, query);
    }
    QSqlQuery &query = *found;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const Error error = failure(query.lastError(), tr("The server refused an operation of the sync."));
        m_prepared.erase(found);
        return error;
    }
    return query;
}

Result<QVariant> ServerConnection::scalar(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Status ServerConnection::runScript(const QString &script)
{
    QSqlQuery query(database());
    if (!query.exec(script))
        return failure(query.lastError(), tr("The server refused a schema update."));
    return {};
}

Status ServerConnection::begin()
{
    auto begun = run(u"BEGIN"_s);
    if (!begun)
        return begun.error();
    return {};
}

Status ServerConnection::commit()
{
    auto committed = run(u"COMMIT"_s);
    if (!committed)
        return committed.error();
    return {};
}

void ServerConnection::rollback()
{
    const QSqlDatabase db = database();
    if (!db.isOpen())
        return; // a lost connection rolled back on the server already
    QSqlQuery query(db);
    query.exec(u"ROLLBACK"_s);
}
