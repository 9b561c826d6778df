#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

class Database;

// One use of a prepared statement with positional bound values. The statement stays prepared
// in the Database for the next use; this object resets it when it goes.
//   Query q(db, u"SELECT name FROM member WHERE id = ?"_s);
//   q.bind(id);
//   if (Status s = q.exec(); !s) return s.error();
//   while (q.next()) …
class Query {
    Q_DECLARE_TR_FUNCTIONS(Query)

public:
    Query(Database &database, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QVariant &value);
    Status exec();
    bool next() { return m_statement->next(); }
    QVariant value(int column) const { return m_statement->value(column); }
    QString text(int column) const { return m_statement->value(column).toString(); }
    qint64 integer(int column) const { return m_statement->value(column).toLongLong(); }
    bool flag(int column) const { return m_statement->value(column).toInt() != 0; }
    bool isNull(int column) const { return m_statement->isNull(column); }
    int rowsAffected() const { return m_statement->numRowsAffected(); }

private:
    Database &m_database;
    QString m_sql;
    QSqlQuery *m_statement;
    bool m_fresh = false;
    int m_bound = 0;
};
