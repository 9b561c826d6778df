#pragma once

#include "common/Result.h"
#include "domain/RowStamp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

class Store;
struct TableSchema;

// Reads and writes whole rows of one replicated table as maps of column → value. The
// repositories build on it and only translate between rows and domain records. `where`
// clauses are constant SQL written in the repositories, with `?` for every value.
class TableAccess {
    Q_DECLARE_TR_FUNCTIONS(TableAccess)

public:
    TableAccess(Store &store, const QString &table);

    // The live row (not deleted) with this id, or NotFound with `notFoundMessage`.
    Result<QVariantMap> find(const QString &id, const QString &notFoundMessage) const;
    // Live rows matching `where` (e.g. "catalogue_id = ?"), values bound in order, sorted by
    // `orderBy` (e.g. "name") when given.
    Result<QList<QVariantMap>> select(const QString &where, const QVariantList &values = {},
                                      const QString &orderBy = {}) const;
    bool exists(const QString &id) const;

    Status insert(const QString &id, const QVariantMap &row);
    Result<bool> update(const QString &id, const QVariantMap &row);
    Status remove(const QString &id);

    static RowStamp stampOf(const QVariantMap &row);

private:
    QString selectSql(const QString &where) const;

    Store &m_store;
    const TableSchema &m_schema;
};
