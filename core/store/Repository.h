#pragma once

#include "TableAccess.h"
#include "common/Result.h"

#include <QList>
#include <QString>

// What every repository does alike: find by id, select, insert, update. `Derived` supplies
// the translation between its record and a row:
//   static QVariantMap toRow(const Record &);
//   static Record fromRow(const QVariantMap &);
//   static QString notFoundMessage(const QString &id);
template <typename Derived, typename Record>
class Repository {
public:
    Result<Record> find(const QString &id) const
    {
        auto row = m_table.find(id, Derived::notFoundMessage(id));
        if (!row)
            return row.error();
        return Derived::fromRow(*row);
    }

    bool exists(const QString &id) const { return m_table.exists(id); }
    Status insert(const Record &record) { return m_table.insert(record.id, Derived::toRow(record)); }
    Result<bool> update(const Record &record) { return m_table.update(record.id, Derived::toRow(record)); }
    Status remove(const QString &id) { return m_table.remove(id); }

protected:
    Repository(Store &store, const QString &table) : m_table(store, table) {}

    Result<QList<Record>> selectAll(const QString &where, const QVariantList &values = {},
                                    const QString &orderBy = {}) const
    {
        auto rows = m_table.select(where, values, orderBy);
        if (!rows)
            return rows.error();
        QList<Record> records;
        records.reserve(rows->size());
        for (const QVariantMap &row : *rows)
            records.append(Derived::fromRow(row));
        return records;
    }

    TableAccess m_table;
};
