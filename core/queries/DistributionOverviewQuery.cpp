#include "DistributionOverviewQuery.h"

#include "AmountSql.h"
#include "BasketSql.h"
#include "repositories/DistributionRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "store/Query.h"
#include "store/SqlValue.h"
#include "store/Store.h"

#include <QHash>

using namespace Qt::StringLiterals;

Result<QList<DistributionOverview>> DistributionOverviewQuery::between(QDate from, QDate to) const
{
    auto distributions = DistributionRepository(m_store).listBetween(from, to);
    if (!distributions)
        return distributions.error();

    QList<DistributionOverview> overviews;
    QHash<QString, qsizetype> indexById;
    for (const Distribution &distribution : *distributions) {
        indexById.insert(distribution.id, overviews.size());
        overviews.append({distribution, {}, {}, {}, {}, 0, 0, 0, 0, 0});
    }
    if (overviews.isEmpty())
        return overviews;
    const QVariant fromValue = SqlValue::date(from);
    const QVariant toValue = SqlValue::date(to);
    Database &database = m_store.database();

    Query places(database, u"SELECT d.id, p.name FROM distribution d JOIN place p ON p.id = d.place_id "
                           "WHERE d.deleted = 0 AND d.local_date BETWEEN ? AND ?"_s);
    places.bind(fromValue).bind(toValue);
    if (Status done = places.exec(); !done)
        return done.error();
    while (places.next())
        overviews[indexById.value(places.text(0))].placeName = places.text(1);

    Query windows(database, u"SELECT w.id, w.distribution_id, w.catalogue_id, w.opens_at, w.closes_at, c.name "
                            "FROM ordering_window w JOIN distribution d ON d.id = w.distribution_id "
                            "JOIN catalogue c ON c.id = w.catalogue_id "
                            "WHERE w.deleted = 0 AND d.deleted = 0 AND d.local_date BETWEEN ? AND ? "
                            "ORDER BY c.name COLLATE NOCASE"_s);
    windows.bind(fromValue).bind(toValue);
    if (Status done = windows.exec(); !done)
        return done.error();
    while (windows.next()) {
        OrderingWindow window;
        window.id = windows.text(0);
        window.distributionId = windows.text(1);
        window.catalogueId = windows.text(2);
        window.opensAt = SqlValue::toInstant(windows.value(3));
        window.closesAt = SqlValue::toInstant(windows.value(4));
        DistributionOverview &overview = overviews[indexById.value(window.distributionId)];
        overview.windows.append(window);
        overview.catalogueNames.insert(window.catalogueId, windows.text(5));
    }

    Query counts(database, u"SELECT b.distribution_id, b.status, b.member_id IS NULL, count(*) "
                           "FROM basket b JOIN distribution d ON d.id = b.distribution_id "
                           "WHERE b.deleted = 0 AND d.deleted = 0 AND d.local_date BETWEEN ? AND ? "
                           "GROUP BY b.distribution_id, b.status, b.member_id IS NULL"_s);
    counts.bind(fromValue).bind(toValue);
    if (Status done = counts.exec(); !done)
        return done.error();
    while (counts.next()) {
        DistributionOverview &overview = overviews[indexById.value(counts.text(0))];
        const QString status = counts.text(1);
        const int count = int(counts.integer(3));
        if (status == "validated"_L1)
            overview.validatedCount += count;
        else if (status == "in_progress"_L1 && counts.flag(2))
            overview.anonymousCartCount += count;
        else if (status == "in_progress"_L1)
            overview.inProgressCount += count;
    }

    Query amounts(database, u"SELECT basket.distribution_id, basket.status, sum("_s + AmountSql::lineAmount()
                                + u") FROM order_line line JOIN basket ON basket.id = line.basket_id "
                                  "JOIN product ON product.id = line.product_id "
                                  "JOIN distribution d ON d.id = basket.distribution_id "
                                  "WHERE line.deleted = 0 AND d.deleted = 0 "
                                  "AND d.local_date BETWEEN ? AND ? AND "_s
                                      + BasketSql::live(u"basket"_s)
                                      + u" GROUP BY basket.distribution_id, basket.status"_s);
    amounts.bind(fromValue).bind(toValue);
    if (Status done = amounts.exec(); !done)
        return done.error();
    while (amounts.next()) {
        DistributionOverview &overview = overviews[indexById.value(amounts.text(0))];
        if (amounts.text(1) == "validated"_L1)
            overview.validatedCents = amounts.integer(2);
        else
            overview.inProgressCents = amounts.integer(2);
    }

    const QDateTime now = m_store.clock().now();
    for (DistributionOverview &overview : overviews)
        overview.status = overview.distribution.statusAt(now, overview.windows);
    return overviews;
}
