#include "DistributionRepository.h"

#include "store/SqlValue.h"

using namespace Qt::StringLiterals;

DistributionRepository::DistributionRepository(Store &store)
    : Repository(store, u"distribution"_s)
{
}

QVariantMap DistributionRepository::toRow(const Distribution &record)
{
    return {
        {u"place_id"_s, record.placeId},
        {u"local_date"_s, SqlValue::date(record.date)},
        {u"start_time"_s, SqlValue::time(record.startTime)},
        {u"end_time"_s, SqlValue::time(record.endTime)},
        {u"distributed"_s, SqlValue::flag(record.distributed)},
        {u"cancelled"_s, SqlValue::flag(record.cancelled)},
    };
}

Distribution DistributionRepository::fromRow(const QVariantMap &row)
{
    Distribution record;
    record.id = row.value(u"id"_s).toString();
    record.placeId = row.value(u"place_id"_s).toString();
    record.date = SqlValue::toDate(row.value(u"local_date"_s));
    record.startTime = SqlValue::toTime(row.value(u"start_time"_s));
    record.endTime = SqlValue::toTime(row.value(u"end_time"_s));
    record.distributed = row.value(u"distributed"_s).toInt() != 0;
    record.cancelled = row.value(u"cancelled"_s).toInt() != 0;
    record.stamp = TableAccess::stampOf(row);
    return record;
}

Result<QList<Distribution>> DistributionRepository::listBetween(QDate from, QDate to) const
{
    return selectAll(u"local_date BETWEEN ? AND ?"_s, {SqlValue::date(from), SqlValue::date(to)},
                     u"local_date, start_time"_s);
}

QString DistributionRepository::notFoundMessage(const QString &id)
{
    return tr("No distribution has the id “%1”.").arg(id);
}
