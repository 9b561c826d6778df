#include "DistributionOrdersQuery.h"

#include "AmountSql.h"
#include "domain/Member.h"
#include "repositories/DistributionRepository.h"
#include "store/Query.h"
#include "store/SqlValue.h"
#include "store/Store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QList<OrderRow> DistributionOrders::forCatalogue(const QString &catalogueId) const
{
    if (catalogueId.isEmpty())
        return rows;
    QList<OrderRow> found;
    for (const OrderRow &row : rows) {
        if (!row.catalogueLines.contains(catalogueId))
            continue;
        OrderRow cut = row;
        cut.totalCents = row.catalogueCents.value(catalogueId);
        cut.lineCount = row.catalogueLines.value(catalogueId);
        found.append(cut);
    }
    return found;
}

Result<DistributionOrders> DistributionOrdersQuery::of(const QString &distributionId, const OrderActor &actor) const
{
    auto distribution = DistributionRepository(m_store).find(distributionId);
    if (!distribution)
        return distribution.error();
    DistributionOrders orders;
    orders.distribution = *distribution;
    Database &database = m_store.database();

    Query place(database, u"SELECT name FROM place WHERE id = ?"_s);
    place.bind(distribution->placeId);
    if (Status done = place.exec(); !done)
        return done.error();
    if (place.next())
        orders.placeName = place.text(0);
    Query group(database, u"SELECT currency FROM market_group WHERE deleted = 0 LIMIT 1"_s);
    if (Status done = group.exec(); !done)
        return done.error();
    if (group.next())
        orders.currency = group.text(0);

    Query catalogues(database, u"SELECT c.id, c.name, p.name, c.producer_id, w.closes_at FROM ordering_window w "
                               "JOIN catalogue c ON c.id = w.catalogue_id JOIN producer p ON p.id = c.producer_id "
                               "WHERE w.distribution_id = ? AND w.deleted = 0 ORDER BY c.name COLLATE NOCASE, c.id"_s);
    catalogues.bind(distributionId);
    if (Status done = catalogues.exec(); !done)
        return done.error();
    QHash<QString, qsizetype> catalogueIndex;
    while (catalogues.next()) {
        if (!actor.reaches(catalogues.text(3)))
            continue;
        catalogueIndex.insert(catalogues.text(0), orders.catalogues.size());
        orders.catalogues.append({catalogues.text(0), catalogues.text(1), catalogues.text(2),
                                  SqlValue::toInstant(catalogues.value(4)), 0, 0, 0, 0});
    }

    Query baskets(database, u"SELECT b.id, b.member_id, m.first_name, m.last_name, m.anonymised, m.phone, m.email, "
                            "b.status, b.source, b.validated_at, b.updated_at, b.updated_by "
                            "FROM basket b LEFT JOIN member m ON m.id = b.member_id "
                            "WHERE b.distribution_id = ? AND b.deleted = 0 ORDER BY b.updated_at, b.id"_s);
    baskets.bind(distributionId);
    if (Status done = baskets.exec(); !done)
        return done.error();
    QList<OrderRow> rows;
    QHash<QString, qsizetype> rowIndex;
    while (baskets.next()) {
        OrderRow row;
        row.basketId = baskets.text(0);
        row.memberId = baskets.text(1);
        if (!row.memberId.isEmpty()) {
            Member member;
            member.firstName = baskets.text(2);
            member.lastName = baskets.text(3);
            member.anonymised = baskets.flag(4);
            row.memberName = member.displayName();
            row.phone = baskets.text(5);
            row.email = baskets.text(6);
        }
        Basket::statusFromKey(baskets.text(7), &row.status);
        Basket::sourceFromKey(baskets.text(8), &row.source);
        row.validatedAt = SqlValue::toInstant(baskets.value(9));
        // A producer's last change is the last change of their own lines: the basket's stamp
        // moves with every producer's lines and would name the others.
        if (!actor.isProducer()) {
            row.lastChangeAt = SqlValue::toInstant(baskets.value(10));
            row.lastChangeBy = baskets.text(11);
        }
        rowIndex.insert(row.basketId, rows.size());
        rows.append(row);
    }

    Query amounts(database, u"SELECT line.basket_id, product.catalogue_id, sum("_s + AmountSql::lineAmount()
                                + u"), count(line.id) FROM basket b "
                                  "JOIN order_line line ON line.basket_id = b.id AND line.deleted = 0 "
                                  "JOIN product ON product.id = line.product_id "
                                  "WHERE b.distribution_id = ? AND b.deleted = 0 "
                                  "GROUP BY line.basket_id, product.catalogue_id"_s);
    amounts.bind(distributionId);
    if (Status done = amounts.exec(); !done)
        return done.error();
    while (amounts.next()) {
        const auto row = rowIndex.constFind(amounts.text(0));
        const QString catalogueId = amounts.text(1);
        if (row == rowIndex.cend() || !catalogueIndex.contains(catalogueId))
            continue;
        OrderRow &order = rows[*row];
        order.catalogueCents.insert(catalogueId, amounts.integer(2));
        order.catalogueLines.insert(catalogueId, int(amounts.integer(3)));
        order.totalCents += amounts.integer(2);
        order.lineCount += int(amounts.integer(3));
    }

    // The last change: the basket's own row or any of its lines within reach, removed ones
    // included (SQLite gives the bare updated_by of the row holding the max).
    Query changes(database, u"SELECT line.basket_id, product.catalogue_id, max(line.updated_at), line.updated_by "
                            "FROM basket b JOIN order_line line ON line.basket_id = b.id "
                            "JOIN product ON product.id = line.product_id "
                            "WHERE b.distribution_id = ? AND b.deleted = 0 GROUP BY line.basket_id, product.catalogue_id"_s);
    changes.bind(distributionId);
    if (Status done = changes.exec(); !done)
        return done.error();
    while (changes.next()) {
        const auto row = rowIndex.constFind(changes.text(0));
        if (row == rowIndex.cend() || !catalogueIndex.contains(changes.text(1)))
            continue;
        const QDateTime at = SqlValue::toInstant(changes.value(2));
        OrderRow &order = rows[*row];
        if (!order.lastChangeAt.isValid() || at > order.lastChangeAt) {
            order.lastChangeAt = at;
            order.lastChangeBy = changes.text(3);
        }
    }

    Query late(database, u"SELECT basket_id, catalogue_id, count(*) FROM late_change "
                         "WHERE distribution_id = ? AND deleted = 0 GROUP BY basket_id, catalogue_id"_s);
    late.bind(distributionId);
    if (Status done = late.exec(); !done)
        return done.error();
    while (late.next()) {
        const auto row = rowIndex.constFind(late.text(0));
        if (row != rowIndex.cend() && catalogueIndex.contains(late.text(1)))
            rows[*row].lateChangeCount += int(late.integer(2));
    }

    // A producer sees the baskets holding their lines; a coordinator sees every basket.
    for (const OrderRow &row : rows) {
        if (actor.isProducer() && row.lineCount == 0)
            continue;
        orders.rows.append(row);
        if (row.status == Basket::Status::Cancelled)
            continue;
        for (auto it = row.catalogueCents.cbegin(); it != row.catalogueCents.cend(); ++it) {
            CatalogueOrders &catalogue = orders.catalogues[catalogueIndex.value(it.key())];
            if (row.status == Basket::Status::Validated) {
                ++catalogue.validatedCount;
                catalogue.validatedCents += it.value();
            } else {
                ++catalogue.inProgressCount;
                catalogue.inProgressCents += it.value();
            }
        }
    }
    std::stable_sort(orders.rows.begin(), orders.rows.end(), [](const OrderRow &a, const OrderRow &b) {
        if (a.isAnonymous() != b.isAnonymous())
            return !a.isAnonymous();
        return QString::localeAwareCompare(a.memberName, b.memberName) < 0;
    });
    return orders;
}
