#include "RawSqlite.h"

#include <sqlite3.h>

#include <QtGlobal>

RawStatement::RawStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        qFatal("Raw SQL refused: %s — %s", sql, sqlite3_errmsg(db));
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement &RawStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

RawStatement &RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

int RawStatement::readAll()
{
    int rows = 0;
    const int columns = sqlite3_column_count(m_statement);
    int status;
    while ((status = sqlite3_step(m_statement)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(m_statement, c) == SQLITE_INTEGER)
                static_cast<void>(sqlite3_column_int64(m_statement, c));
            else
                static_cast<void>(sqlite3_column_text(m_statement, c));
        }
    }
    if (status != SQLITE_DONE)
        qFatal("Raw SQL failed: %s", sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return rows;
}

bool RawStatement::step()
{
    const int status = sqlite3_step(m_statement);
    if (status != SQLITE_ROW && status != SQLITE_DONE)
        qFatal("Raw SQL failed: %s", sqlite3_errmsg(m_db));
    return status == SQLITE_ROW;
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool RawStatement::isInteger(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
}

QByteArray RawStatement::text(int column) const
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                      sqlite3_column_bytes(m_statement, column));
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

RawDatabase::RawDatabase(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        qFatal("Raw SQLite cannot open %s", qPrintable(path));
    // The connection settings of Comptoir's own (core/store/Database), so that both pay the same
    // for a commit.
    execute("PRAGMA foreign_keys = ON");
    execute("PRAGMA busy_timeout = 5000");
    execute("PRAGMA synchronous = NORMAL");
}

RawDatabase::~RawDatabase()
{
    sqlite3_close(m_db);
}

void RawDatabase::execute(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QByteArray text(message ? message : "");
        sqlite3_free(message);
        qFatal("Raw SQL failed: %s — %s", sql, text.constData());
    }
}
