#include "PlaceRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

PlaceRepository::PlaceRepository(Store &store)
    : Repository(store, u"place"_s)
{
}

QVariantMap PlaceRepository::toRow(const Place &record)
{
    return {
        {u"name"_s, record.name},
        {u"address"_s, record.address},
        {u"postcode"_s, record.postcode},
        {u"town"_s, record.town},
        {u"archived"_s, SqlValue::flag(record.archived)},
    };
}

Place PlaceRepository::fromRow(const QVariantMap &row)
{
    Place record;
    record.id = row.value(u"id"_s).toString();
    record.name = row.value(u"name"_s).toString();
    record.address = row.value(u"address"_s).toString();
    record.postcode = row.value(u"postcode"_s).toString();
    record.town = row.value(u"town"_s).toString();
    record.archived = row.value(u"archived"_s).toInt() != 0;
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<Place>> PlaceRepository::list(bool includeArchived) const
{
    return selectAll(includeArchived ? u"1"_s : u"archived = 0"_s, {}, u"name COLLATE NOCASE"_s);
}

QString PlaceRepository::notFoundMessage(const QString &id)
{
    return tr("No place has the id “%1”.").arg(id);
}
