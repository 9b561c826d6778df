#include "Query.h"

#include "Database.h"

#include <QSqlError>

Query::Query(Database &database, const QString &sql)
    : m_database(database), m_sql(sql), m_statement(database.cachedStatement(sql, &m_fresh))
{
}

Query::~Query()
{
    if (m_fresh)
        delete m_statement;
    else
        m_database.releaseStatement(m_sql, m_statement);
}

Query &Query::bind(const QVariant &value)
{
    m_statement->bindValue(m_bound++, value);
    return *this;
}

Status Query::exec()
{
    m_bound = 0;
    if (!m_statement->exec()) {
        const QSqlError error = m_statement->lastError();
        return Error::storage(tr("The database could not carry out an operation; nothing was changed."),
                              error.text() + u" [" + m_sql + u']');
    }
    return {};
}
