#include "Migrator.h"

#include "Database.h"
#include "SqlScript.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

Migrator::Migrator(Database &database, QString folder)
    : m_database(database), m_folder(std::move(folder))
{
}

QList<Migrator::Migration> Migrator::migrations() const
{
    static const QRegularExpression numbered(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    QList<Migration> found;
    const QStringList files = QDir(m_folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = numbered.match(file);
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), file});
    }
    std::sort(found.begin(), found.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return found;
}

int Migrator::latestVersion() const
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::migrate()
{
    const int current = m_database.schemaVersion();
    if (current < 0)
        return Error::storage(tr("The schema version of “%1” cannot be read.").arg(m_database.path()));
    const int latest = latestVersion();
    if (current > latest) {
        return Error(ErrorKind::Storage,
                     tr("“%1” was written by a newer version of Comptoir (database schema %2, this "
                        "program knows up to %3). Install the newer Comptoir to open it; the file "
                        "was left untouched.")
                         .arg(m_database.path())
                         .arg(current)
                         .arg(latest));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (Status applied = apply(migration); !applied)
            return applied;
    }
    return {};
}

Status Migrator::apply(const Migration &migration)
{
    QFile file(m_folder + u'/' + migration.fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("The schema update %1 cannot be read.").arg(migration.fileName));
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));

    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    for (const QString &statement : statements) {
        if (Status done = m_database.execute(statement); !done) {
            return Error::storage(tr("The schema update %1 failed; the database was left as it was.")
                                      .arg(migration.fileName),
                                  done.error().detail());
        }
    }
    if (Status stamped = m_database.execute(u"PRAGMA user_version = %1"_s.arg(migration.version)); !stamped)
        return stamped;
    return transaction.commit();
}
