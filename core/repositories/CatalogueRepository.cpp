#include "CatalogueRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

CatalogueRepository::CatalogueRepository(Store &store)
    : Repository(store, u"catalogue"_s)
{
}

QVariantMap CatalogueRepository::toRow(const Catalogue &record)
{
    return {
        {u"producer_id"_s, record.producerId},
        {u"name"_s, record.name},
        {u"opens_days_before"_s, record.rule.opensDaysBefore},
        {u"opens_at_time"_s, SqlValue::time(record.rule.opensAtTime)},
        {u"closes_hours_before"_s, record.rule.closesHoursBefore},
        {u"active"_s, SqlValue::flag(record.active)},
    };
}

Catalogue CatalogueRepository::fromRow(const QVariantMap &row)
{
    Catalogue record;
    record.id = row.value(u"id"_s).toString();
    record.producerId = row.value(u"producer_id"_s).toString();
    record.name = row.value(u"name"_s).toString();
    record.rule.opensDaysBefore = row.value(u"opens_days_before"_s).toInt();
    record.rule.opensAtTime = SqlValue::toTime(row.value(u"opens_at_time"_s));
    record.rule.closesHoursBefore = row.value(u"closes_hours_before"_s).toInt();
    record.active = row.value(u"active"_s).toInt() != 0;
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<Catalogue>> CatalogueRepository::list() const
{
    return selectAll({}, {}, u"name COLLATE NOCASE"_s);
}

Result<QList<Catalogue>> CatalogueRepository::listForProducer(const QString &producerId) const
{
    return selectAll(u"producer_id = ?"_s, {producerId}, u"name COLLATE NOCASE"_s);
}

QString CatalogueRepository::notFoundMessage(const QString &id)
{
    return tr("No catalogue has the id “%1”.").arg(id);
}
