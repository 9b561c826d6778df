#include "ServerAddress.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// libpq option values written into the connection string: no spaces, quotes or separators.
bool isPlainOptionValue(const QString &value)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./~-]+$"_s);
    return plain.match(value).hasMatch();
}

}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString example = u"postgresql://USER@HOST:PORT/DATABASE"_s;
    if (trimmed.isEmpty())
        return Error(ErrorKind::Validation, tr("No server address was given; expected %1.").arg(example), u"url"_s);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error(ErrorKind::Validation, tr("“%1” is not a valid server address; expected %2.").arg(trimmed, example), u"url"_s);
    if (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s) {
        return Error(ErrorKind::Validation,
                     tr("The server address must start with “postgresql://” (%1).").arg(example), u"url"_s);
    }
    if (!url.password().isEmpty()) {
        return Error(ErrorKind::Validation,
                     tr("The server address holds a password; passwords are never given on the command "
                        "line. Put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD."),
                     u"url"_s);
    }

    ServerAddress address;
    address.m_user = url.userName();
    address.m_host = url.host();
    if (url.port() == 0 || url.port() > 65535)
        return Error(ErrorKind::Validation, tr("The port of “%1” is not valid.").arg(url.toDisplayString()), u"url"_s);
    address.m_port = url.port(defaultPort);
    address.m_database = url.path().mid(1);
    if (address.m_database.contains(u'/')) {
        return Error(ErrorKind::Validation,
                     tr("“%1” names no single database; expected %2.").arg(url.toDisplayString(), example), u"url"_s);
    }

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s) {
            return Error(ErrorKind::Validation,
                         tr("The server address holds a password; passwords are never given on the command "
                            "line. Put it in ~/.pgpass, a PostgreSQL service file or PGPASSWORD."),
                         u"url"_s);
        }
        if (!isPlainOptionValue(value))
            return Error(ErrorKind::Validation, tr("The option “%1” of the server address has an unusable value.").arg(key), u"url"_s);
        if (key == u"sslmode"_s)
            address.m_sslMode = value;
        else if (key == u"sslrootcert"_s)
            address.m_sslRootCert = value;
        else if (key == u"service"_s)
            address.m_service = value;
        else
            return Error(ErrorKind::Validation, tr("The server address has an unknown option “%1”.").arg(key), u"url"_s);
    }

    if (address.m_host.isEmpty() && address.m_service.isEmpty())
        return Error(ErrorKind::Validation, tr("The server address names no host; expected %1.").arg(example), u"url"_s);
    if (address.m_database.isEmpty() && address.m_service.isEmpty())
        return Error(ErrorKind::Validation, tr("The server address names no database; expected %1.").arg(example), u"url"_s);
    return address;
}

bool ServerAddress::isLoopback() const
{
    if (m_host.isEmpty() || isLocalSocket() || m_host == u"localhost"_s)
        return true;
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

QString ServerAddress::connectOptions() const
{
    QStringList options{u"connect_timeout=5"_s, u"application_name=comptoir-sync"_s};
    // Loopback needs no TLS; anything else is verified (a self-signed server: sslrootcert=FILE).
    QString sslMode = m_sslMode;
    if (sslMode.isEmpty() && !isLoopback() && m_service.isEmpty())
        sslMode = u"verify-full"_s;
    if (!sslMode.isEmpty())
        options.append(u"sslmode="_s + sslMode);
    if (!m_sslRootCert.isEmpty())
        options.append(u"sslrootcert="_s + m_sslRootCert);
    if (!m_service.isEmpty())
        options.append(u"service="_s + m_service);
    return options.join(u';');
}

QString ServerAddress::display() const
{
    QString text = u"postgresql://"_s;
    if (!m_user.isEmpty())
        text += m_user + u'@';
    text += m_host;
    if (m_port != defaultPort)
        text += u':' + QString::number(m_port);
    text += u'/' + m_database;
    return text;
}
