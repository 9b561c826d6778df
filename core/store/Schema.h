#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

// The replicated tables as code sees them: the only table and column names the generic write
// path (RowWriter) and the sync engine put into SQL text. Values always go in bound.
struct TableSchema {
    QString name;
    // Replicated data columns, without `id` and the four replication columns.
    QStringList columns;
    // Columns this desk derives from the others (search keys); never replicated nor audited.
    QStringList localColumns;
    // Computes the local columns from a whole row (data columns by name).
    std::function<QVariantMap(const QVariantMap &row)> derive;

    bool hasColumn(const QString &column) const
    {
        return columns.contains(column) || localColumns.contains(column);
    }
};

namespace Schema {
// Parents before children: the order in which rows can be written without breaking a
// foreign key.
const QList<TableSchema> &replicatedTables();
const TableSchema *table(const QString &name);
// The replication columns every replicated row carries.
const QStringList &replicationColumns();
}
