#include "ServerSchema.h"

#include "ServerConnection.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

ServerSchema::ServerSchema(ServerConnection &server, QString folder)
    : m_server(server), m_folder(std::move(folder))
{
}

QList<ServerSchema::Migration> ServerSchema::migrations() const
{
    static const QRegularExpression numbered(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    QList<Migration> found;
    const QStringList files = QDir(m_folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = numbered.match(file);
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), file});
    }
    std::sort(found.begin(), found.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return found;
}

int ServerSchema::latestVersion() const
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> ServerSchema::version()
{
    auto present = m_server.scalar(u"SELECT to_regclass('comptoir.sync_meta') IS NOT NULL"_s);
    if (!present)
        return present.error();
    if (!present->toBool())
        return 0;
    auto stored = m_server.scalar(u"SELECT value FROM comptoir.sync_meta WHERE key = 'schema_version'"_s);
    if (!stored)
        return stored.error();
    return stored->toInt();
}

Error ServerSchema::tooNew(int version) const
{
    return Error(ErrorKind::Storage,
                 tr("The server %1 was set up by a newer version of Comptoir (server schema %2, this program "
                    "knows up to %3). Install the newer Comptoir on this desk; the server was left untouched.")
                     .arg(m_server.address().display())
                     .arg(version)
                     .arg(latestVersion()));
}

Status ServerSchema::initialise()
{
    auto current = version();
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return tooNew(*current);
    if (*current > 0) {
        return Error(ErrorKind::Conflict, tr("The server %1 is set up for Comptoir already (server schema %2); "
                                             "nothing was changed. “comptoir-cli server upgrade” brings it up "
                                             "to date.")
                                              .arg(m_server.address().display())
                                              .arg(*current));
    }
    return migrate(0);
}

Result<int> ServerSchema::upgrade()
{
    auto current = version();
    if (!current)
        return current.error();
    if (*current == 0) {
        return Error(ErrorKind::NotFound, tr("The server %1 is not set up for Comptoir yet; run “comptoir-cli "
                                             "server init” first.")
                                              .arg(m_server.address().display()));
    }
    if (*current > latestVersion())
        return tooNew(*current);
    if (*current == latestVersion())
        return *current;
    if (Status done = migrate(*current); !done)
        return done.error();
    return *current;
}

Status ServerSchema::migrate(int from)
{
    if (Status begun = m_server.begin(); !begun)
        return begun;
    // Two desks upgrading at once: the second waits, then finds nothing left to do.
    if (auto locked = m_server.run(u"SELECT pg_advisory_xact_lock(hashtext('comptoir-server-schema'))"_s); !locked) {
        m_server.rollback();
        return locked.error();
    }
    auto current = version();
    if (!current) {
        m_server.rollback();
        return current.error();
    }
    if (*current != from) {
        m_server.rollback();
        return Error(ErrorKind::Conflict, tr("Another desk changed the server’s schema meanwhile; run the "
                                             "command again."));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= from)
            continue;
        QFile file(m_folder + u'/' + migration.fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            m_server.rollback();
            return Error::storage(tr("The server schema update %1 cannot be read.").arg(migration.fileName));
        }
        if (Status applied = m_server.runScript(QString::fromUtf8(file.readAll())); !applied) {
            m_server.rollback();
            return Error::storage(tr("The server schema update %1 failed; the server was left as it was.")
                                      .arg(migration.fileName),
                                  applied.error().detail());
        }
    }
    const QVariantList version{QString::number(latestVersion())};
    for (const QString &sql : {u"SELECT comptoir.refresh_metadata()"_s,
                               u"INSERT INTO comptoir.sync_meta (key, value) VALUES ('server_id', gen_random_uuid()::text) "
                               "ON CONFLICT (key) DO NOTHING"_s}) {
        if (auto done = m_server.run(sql); !done) {
            m_server.rollback();
            return done.error();
        }
    }
    if (auto stamped = m_server.run(u"INSERT INTO comptoir.sync_meta (key, value) VALUES ('schema_version', ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                    version);
        !stamped) {
        m_server.rollback();
        return stamped.error();
    }
    return m_server.commit();
}

Result<ServerColumns> ServerSchema::columns()
{
    // What the server's migrations recorded (comptoir.refresh_metadata); information_schema is
    // slow to read on every sync.
    auto query = m_server.run(u"SELECT table_name, column_name, data_type FROM comptoir.sync_column"_s);
    if (!query)
        return query.error();
    ServerColumns found;
    while (query.value().next())
        found[query->value(0).toString()].insert(query->value(1).toString(), query->value(2).toString());
    return found;
}

Result<ServerColumns> ServerSchema::checkUsable()
{
    auto current = version();
    if (!current)
        return current.error();
    if (*current == 0) {
        return Error(ErrorKind::NotFound, tr("The server %1 is not set up for Comptoir yet; run “comptoir-cli "
                                             "server init --url …” once.")
                                              .arg(m_server.address().display()));
    }
    if (*current > latestVersion())
        return tooNew(*current);
    if (*current < latestVersion()) {
        return Error(ErrorKind::Storage, tr("The server %1 has an older schema (%2, this program needs %3); run "
                                            "“comptoir-cli server upgrade --url …” first.")
                                             .arg(m_server.address().display())
                                             .arg(*current)
                                             .arg(latestVersion()));
    }
    auto found = columns();
    if (!found)
        return found.error();
    for (const TableSchema &table : Schema::replicatedTables()) {
        const auto columns = found->constFind(table.name);
        QStringList wanted = table.columns;
        wanted += Schema::replicationColumns();
        for (const QString &column : wanted) {
            if (columns == found->cend() || !columns->contains(column)) {
                return Error(ErrorKind::Storage,
                             tr("The server %1 has no column “%2.%3”, which this version of Comptoir replicates. "
                                "The server schema lacks a migration; nothing was synced.")
                                 .arg(m_server.address().display(), table.name, column));
            }
        }
    }
    return found;
}

Result<QString> ServerSchema::serverId()
{
    auto id = m_server.scalar(u"SELECT value FROM comptoir.sync_meta WHERE key = 'server_id'"_s);
    if (!id)
        return id.error();
    return id->toString();
}
