#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace TestServer {

QString url()
{
    const QString state = qEnvironmentVariable("COMPTOIR_TEST_PG_STATE");
    QFile file(QDir(state).filePath(u"url"_s));
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QSqlDatabase connect(const QString &connectionName, const QString &database)
{
    const QUrl address(url());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(address.host());
    db.setPort(address.port(5432));
    db.setUserName(address.userName());
    db.setDatabaseName(database);
    db.setConnectOptions(u"connect_timeout=5"_s);
    db.open();
    return db;
}

QString createDatabase(const QString &prefix)
{
    const QString name = prefix + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString connection = u"create-"_s + name;
    {
        QSqlDatabase admin = connect(connection);
        // The name is made here of a fixed prefix and hexadecimal digits, not of input.
        QSqlQuery(admin).exec(u"CREATE DATABASE "_s + name);
    }
    QSqlDatabase::removeDatabase(connection);
    return name;
}

}
