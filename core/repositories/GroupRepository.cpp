#include "GroupRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

GroupRepository::GroupRepository(Store &store)
    : Repository(store, u"market_group"_s)
{
}

QVariantMap GroupRepository::toRow(const GroupSettings &record)
{
    return {
        {u"name"_s, record.name},
        {u"time_zone"_s, record.timeZone},
        {u"currency"_s, record.currency},
    };
}

GroupSettings GroupRepository::fromRow(const QVariantMap &row)
{
    GroupSettings record;
    record.id = row.value(u"id"_s).toString();
    record.name = row.value(u"name"_s).toString();
    record.timeZone = row.value(u"time_zone"_s).toString();
    record.currency = row.value(u"currency"_s).toString();
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<GroupSettings> GroupRepository::current() const
{
    auto groups = selectAll({}, {}, u"updated_at"_s);
    if (!groups)
        return groups.error();
    if (groups->isEmpty())
        return Error::notFound(tr("This database holds no group yet."));
    return groups->first();
}

QString GroupRepository::notFoundMessage(const QString &id)
{
    return tr("No group has the id “%1”.").arg(id);
}
