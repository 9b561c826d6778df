#include "Transaction.h"

#include "Database.h"

Transaction::Transaction(Database &database)
    : m_database(database), m_started(database.beginTransaction())
{
    m_open = m_started.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_database.rollbackTransaction();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_started.ok() ? Status() : m_started;
    m_open = false;
    return m_database.commitTransaction();
}
