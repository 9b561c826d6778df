#include "UserRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

UserRepository::UserRepository(Store &store)
    : Repository(store, u"app_user"_s)
{
}

QVariantMap UserRepository::toRow(const User &record)
{
    return {
        {u"name"_s, record.name},
        {u"role"_s, User::roleKey(record.role)},
        {u"producer_id"_s, SqlValue::nullIfEmpty(record.producerId)},
    };
}

User UserRepository::fromRow(const QVariantMap &row)
{
    User record;
    record.id = row.value(u"id"_s).toString();
    record.name = row.value(u"name"_s).toString();
    User::roleFromKey(row.value(u"role"_s).toString(), &record.role);
    record.producerId = row.value(u"producer_id"_s).toString();
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<User>> UserRepository::list() const
{
    return selectAll({}, {}, u"name COLLATE NOCASE"_s);
}

QString UserRepository::notFoundMessage(const QString &id)
{
    return tr("No user has the id “%1”.").arg(id);
}
