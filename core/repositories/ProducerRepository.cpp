#include "ProducerRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

ProducerRepository::ProducerRepository(Store &store)
    : Repository(store, u"producer"_s)
{
}

QVariantMap ProducerRepository::toRow(const Producer &record)
{
    return {
        {u"name"_s, record.name},
        {u"contact_name"_s, record.contactName},
        {u"phone"_s, record.phone},
        {u"email"_s, record.email},
        {u"siret"_s, record.siret},
        {u"vat_registered"_s, SqlValue::flag(record.vatRegistered)},
        {u"archived"_s, SqlValue::flag(record.archived)},
    };
}

Producer ProducerRepository::fromRow(const QVariantMap &row)
{
    Producer record;
    record.id = row.value(u"id"_s).toString();
    record.name = row.value(u"name"_s).toString();
    record.contactName = row.value(u"contact_name"_s).toString();
    record.phone = row.value(u"phone"_s).toString();
    record.email = row.value(u"email"_s).toString();
    record.siret = row.value(u"siret"_s).toString();
    record.vatRegistered = row.value(u"vat_registered"_s).toInt() != 0;
    record.archived = row.value(u"archived"_s).toInt() != 0;
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<Producer>> ProducerRepository::list(bool includeArchived) const
{
    return selectAll(includeArchived ? u"1"_s : u"archived = 0"_s, {}, u"name COLLATE NOCASE"_s);
}

QString ProducerRepository::notFoundMessage(const QString &id)
{
    return tr("No producer has the id “%1”.").arg(id);
}
