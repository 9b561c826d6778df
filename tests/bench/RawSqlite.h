#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// The raw engine the benchmarks compare Comptoir with: SQLite's C API, hand-written SQL,
// nothing else. Failures are fatal (a benchmark with a broken query measures nothing).
class RawStatement {
public:
    RawStatement(sqlite3 *db, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    RawStatement &bind(int index, const QByteArray &utf8); // index from 1
    RawStatement &bind(int index, qint64 value);
    // Steps through every row, reading each column as a program would use it (text or integer);
    // returns the number of rows.
    int readAll();
    // Steps once, for statements without rows (or to read a single value with integer()).
    bool step();
    qint64 integer(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;
    QByteArray text(int column) const;
    void reset();

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

class RawDatabase {
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    sqlite3 *handle() const { return m_db; }
    void execute(const char *sql);

private:
    sqlite3 *m_db = nullptr;
};
