#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "common/SearchText.h"
#include "demo/LargeGroup.h"
#include "domain/LinePricing.h"
#include "queries/DistributionOverviewQuery.h"
#include "repositories/OrderLineRepository.h"
#include "rules/MemberRules.h"
#include "rules/OrderLineRules.h"
#include "rules/ProductRules.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 count(Store &store, const QString &sql, const QVariantList &values = {})
{
    Query query(store.database(), sql);
    for (const QVariant &value : values)
        query.bind(value);
    if (!query.exec() || !query.next())
        qFatal("Query failed: %s", qPrintable(sql));
    return query.integer(0);
}

// Every row of the data, with ids replaced by what they point at (names, references, dates),
// so that two groups made by the services (which make their own ids) can be compared.
QByteArray fingerprint(Store &store)
{
    static const QStringList queries{
        u"SELECT name, time_zone FROM market_group"_s,
        u"SELECT name, contact_name, phone, email, siret, vat_registered, updated_at FROM producer ORDER BY name"_s,
        u"SELECT p.name, c.name, c.opens_days_before, c.closes_hours_before FROM catalogue c "
        "JOIN producer p ON p.id = c.producer_id ORDER BY p.name"_s,
        u"SELECT reference, name, unit, price_cents, vat_rate_bp, weight_priced, piece_weight_grams, organic, "
        "content_thousandths, search_text, updated_at FROM product ORDER BY reference"_s,
        u"SELECT first_name, last_name, phone, email, partner_first_name, partner_phone, address1, "
        "postcode, town, notes, notifications, member_since, archived, search_text, updated_at FROM member "
        "ORDER BY last_name, first_name"_s,
        u"SELECT d.local_date, d.start_time, d.distributed, d.updated_at, group_concat(p.name || ' ' || w.opens_at "
        "|| ' ' || w.closes_at, '|') FROM distribution d JOIN ordering_window w ON w.distribution_id = d.id "
        "JOIN catalogue c ON c.id = w.catalogue_id JOIN producer p ON p.id = c.producer_id "
        "GROUP BY d.id ORDER BY d.local_date"_s,
        u"SELECT d.local_date, coalesce(m.last_name || ' ' || m.first_name, ''), b.status, b.source, b.validated_at, b.updated_at, "
        "p.reference, l.quantity, l.unit_price_cents, l.estimated_grams, l.weighed_grams, l.updated_at "
        "FROM order_line l JOIN basket b ON b.id = l.basket_id JOIN distribution d ON d.id = b.distribution_id "
        "JOIN product p ON p.id = l.product_id LEFT JOIN member m ON m.id = b.member_id "
        "ORDER BY 1, 2, 5, 6, 3, 4, 7"_s,
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        QSqlQuery query(store.database().connection());
        if (!query.exec(sql))
            qFatal("Query failed: %s", qPrintable(sql));
        const int columns = query.record().count();
        while (query.next()) {
            for (int column = 0; column < columns; ++column) {
                hash.addData(query.value(column).toString().toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

}

class TestLargeGroup : public QObject {
    Q_OBJECT

private:
    // One group for the read-only tests; each test that changes data makes its own.
    TestStore m_shared{false};
    const LargeGroupScale m_scale = LargeGroupScale::small();

    Store &shared() { return m_shared.store(); }

private slots:
    void initTestCase()
    {
        const Status done = LargeGroup::create(shared(), 3, m_scale);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message() + u' ' + done.error().detail()));
    }

    void buildsTheGroupAtTheScaleAskedFor()
    {
        Store &store = shared();
        QCOMPARE(count(store, u"SELECT count(*) FROM market_group"_s), 1);
        QCOMPARE(count(store, u"SELECT count(*) FROM member WHERE deleted = 0"_s), m_scale.members);
        QCOMPARE(count(store, u"SELECT count(*) FROM producer"_s), m_scale.producers);
        QCOMPARE(count(store, u"SELECT count(DISTINCT producer_id) FROM catalogue"_s), m_scale.producers);
        QCOMPARE(count(store, u"SELECT count(*) FROM catalogue"_s), m_scale.producers);
        QCOMPARE(count(store, u"SELECT count(*) FROM product"_s), m_scale.products);
        QVERIFY(count(store, u"SELECT count(*) FROM product WHERE weight_priced = 1"_s) >= 5);
        QVERIFY(count(store, u"SELECT count(*) FROM product WHERE weight_priced = 1 AND piece_weight_grams > 0"_s) >= 1);
        // A coordinator, and one login per producer.
        QCOMPARE(count(store, u"SELECT count(*) FROM app_user"_s), m_scale.producers + 1);

        QCOMPARE(count(store, u"SELECT count(*) FROM distribution"_s),
                 m_scale.pastDistributions + m_scale.comingDistributions);
        const QString today = u"2026-11-25"_s;
        QCOMPARE(count(store, u"SELECT count(*) FROM distribution WHERE local_date < ? AND distributed = 1"_s, {today}),
                 m_scale.pastDistributions);
        QCOMPARE(count(store, u"SELECT count(*) FROM distribution WHERE local_date > ? AND distributed = 0"_s, {today}),
                 m_scale.comingDistributions);
        // Weekly, two-hour distributions on the same weekday.
        QCOMPARE(count(store, u"SELECT count(DISTINCT strftime('%w', local_date)) FROM distribution"_s), 1);

        // About the baskets and lines asked for on the past distributions.
        const qint64 pastBaskets = count(store, u"SELECT count(*) FROM basket b JOIN distribution d ON d.id = "
                                                "b.distribution_id WHERE d.distributed = 1"_s);
        QVERIFY2(pastBaskets >= m_scale.pastDistributions * m_scale.basketsPerDistribution * 9 / 10
                     && pastBaskets <= m_scale.pastDistributions * m_scale.basketsPerDistribution * 11 / 10,
                 qPrintable(QString::number(pastBaskets)));
        const qint64 lines = count(store, u"SELECT count(*) FROM order_line"_s);
        const qint64 baskets = count(store, u"SELECT count(*) FROM basket"_s);
        QVERIFY2(lines >= baskets * 5 && lines <= baskets * 8, qPrintable(u"%1 lines, %2 baskets"_s.arg(lines).arg(baskets)));

        // The coming distributions: validated orders, orders in progress and anonymous carts.
        const QString coming = u"SELECT count(*) FROM basket b JOIN distribution d ON d.id = b.distribution_id "
                               "WHERE d.local_date > ? AND "_s;
        QVERIFY(count(store, coming + u"b.status = 'validated'"_s, {today}) > 0);
        QVERIFY(count(store, coming + u"b.status = 'in_progress' AND b.member_id IS NOT NULL"_s, {today}) > 0);
        QVERIFY(count(store, coming + u"b.status = 'in_progress' AND b.member_id IS NULL"_s, {today}) > 0);
        // A few cancelled baskets and archived members, as in any group that lived two years.
        QVERIFY(count(store, u"SELECT count(*) FROM basket WHERE status = 'cancelled'"_s) > 0);
        QVERIFY(count(store, u"SELECT count(*) FROM member WHERE email = ''"_s) > 0);
    }

    void keepsOneBasketPerMemberAndDistribution()
    {
        QCOMPARE(count(shared(), u"SELECT count(*) FROM (SELECT 1 FROM basket WHERE member_id IS NOT NULL "
                                 "GROUP BY distribution_id, member_id HAVING count(*) > 1)"_s),
                 0);
        QCOMPARE(count(shared(), u"SELECT count(*) FROM (SELECT 1 FROM order_line GROUP BY basket_id, product_id "
                                 "HAVING count(*) > 1)"_s),
                 0);
        QCOMPARE(count(shared(), u"SELECT count(*) FROM basket b WHERE NOT EXISTS "
                                 "(SELECT 1 FROM order_line l WHERE l.basket_id = b.id)"_s),
                 0);
    }

    void freezesPricesAtValidationOnly()
    {
        Store &store = shared();
        QCOMPARE(count(store, u"SELECT count(*) FROM order_line l JOIN basket b ON b.id = l.basket_id "
                              "WHERE b.status IN ('validated', 'cancelled') AND l.unit_price_cents IS NULL"_s),
                 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM order_line l JOIN basket b ON b.id = l.basket_id "
                              "WHERE b.status = 'in_progress' AND l.unit_price_cents IS NOT NULL"_s),
                 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM basket WHERE status = 'in_progress' AND validated_at IS NOT NULL"_s), 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM basket WHERE status = 'validated' AND validated_at IS NULL"_s), 0);
        // Prices rose half-way: lines validated before keep the older, lower price.
        QVERIFY(count(store, u"SELECT count(*) FROM order_line l JOIN product p ON p.id = l.product_id "
                             "WHERE l.unit_price_cents < p.price_cents"_s)
                > 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM order_line l JOIN product p ON p.id = l.product_id "
                              "WHERE l.unit_price_cents > p.price_cents"_s),
                 0);
        // Lines validated after the rise have the price of today.
        QVERIFY(count(store, u"SELECT count(*) FROM order_line l JOIN product p ON p.id = l.product_id "
                             "JOIN basket b ON b.id = l.basket_id WHERE b.validated_at > p.updated_at "
                             "AND l.unit_price_cents <> p.price_cents"_s)
                == 0);
    }

    void weighsAndTotalsLikeLinePricing()
    {
        Store &store = shared();
        CatalogueService catalogues(store);
        OrderService orders(store);
        QHash<QString, Product> products;
        for (const Catalogue &catalogue : catalogues.catalogues().value()) {
            for (const Product &product : catalogues.products(catalogue.id).value())
                products.insert(product.id, product);
        }
        const auto overviews = DistributionOverviewQuery(store).between(QDate(2020, 1, 1), QDate(2030, 1, 1)).value();
        QCOMPARE(overviews.size(), m_scale.pastDistributions + m_scale.comingDistributions);
        int weighed = 0;
        for (const DistributionOverview &overview : overviews) {
            qint64 validatedCents = 0;
            for (const Basket &basket : orders.baskets(overview.distribution.id).value()) {
                for (const OrderLine &line : orders.lines(basket.id).value()) {
                    const Product &product = products[line.productId];
                    QCOMPARE(line.estimatedGrams, LinePricing::estimatedGrams(product, line.quantity));
                    OrderLine prepared = line;
                    QVERIFY(OrderLineRules::prepare(prepared));
                    // Weighed on the day, only what is priced by weight, only once handed out.
                    QVERIFY(!line.weighedGrams || (product.weightPriced && overview.distribution.distributed
                                                   && basket.status == Basket::Status::Validated));
                    if (product.weightPriced && overview.distribution.distributed
                        && basket.status == Basket::Status::Validated) {
                        QVERIFY(line.weighedGrams.has_value());
                        QVERIFY(*line.weighedGrams >= line.estimatedGrams * 85 / 100);
                        QVERIFY(*line.weighedGrams <= line.estimatedGrams * 115 / 100 + 5);
                        ++weighed;
                    }
                }
                if (basket.status == Basket::Status::Validated)
                    validatedCents += orders.total(basket.id).value();
            }
            // The SQL totals of the lists agree with LinePricing, line by line summed.
            QCOMPARE(overview.validatedCents, validatedCents);
        }
        QVERIFY(weighed > 0);
    }

    // The same figures from the rules written out by hand in the test's own SQL, not by the
    // functions that made the group: an estimated weight is the piece weight times the pieces
    // (the grams themselves for what is ordered by weight, nothing for what is not priced by
    // weight), and a validated amount is the frozen price times the pieces, or the price per kg
    // times the weighed (else estimated) grams, rounded to the nearest cent.
    void weightsAndTotalsMatchFiguresWorkedOutIndependently()
    {
        Store &store = shared();
        const QString lines = u"FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.deleted = 0 AND "_s;
        QVERIFY(count(store, u"SELECT count(*) "_s + lines + u"p.weight_priced = 1 AND p.piece_weight_grams > 0"_s) > 0);
        QVERIFY(count(store, u"SELECT count(*) "_s + lines + u"p.weight_priced = 1 AND p.piece_weight_grams = 0"_s) > 0);
        QCOMPARE(count(store, u"SELECT count(*) "_s + lines + u"p.weight_priced = 0 AND l.estimated_grams <> 0"_s), 0);
        QCOMPARE(count(store, u"SELECT count(*) "_s + lines
                                  + u"p.weight_priced = 1 AND p.piece_weight_grams = 0 AND l.estimated_grams <> l.quantity"_s),
                 0);
        QCOMPARE(count(store, u"SELECT count(*) "_s + lines
                                  + u"p.weight_priced = 1 AND p.piece_weight_grams > 0 "
                                    "AND l.estimated_grams <> l.quantity * p.piece_weight_grams"_s),
                 0);

        Query totals(store.database(),
                     u"SELECT b.distribution_id, sum(CASE WHEN p.weight_priced = 1 "
                     "THEN (l.unit_price_cents * coalesce(l.weighed_grams, l.estimated_grams) + 500) / 1000 "
                     "ELSE l.unit_price_cents * l.quantity END) "
                     "FROM order_line l JOIN basket b ON b.id = l.basket_id JOIN product p ON p.id = l.product_id "
                     "WHERE l.deleted = 0 AND b.deleted = 0 AND b.status = 'validated' GROUP BY b.distribution_id"_s);
        QVERIFY(totals.exec());
        QHash<QString, qint64> expected;
        while (totals.next())
            expected.insert(totals.text(0), totals.integer(1));
        QVERIFY(!expected.isEmpty());
        const auto overviews = DistributionOverviewQuery(store).between(QDate(2020, 1, 1), QDate(2030, 1, 1)).value();
        int compared = 0;
        for (const DistributionOverview &overview : overviews) {
            QCOMPARE(overview.validatedCents, expected.value(overview.distribution.id, 0));
            if (overview.validatedCents > 0)
                ++compared;
        }
        QCOMPARE(compared, expected.size());
        // One basket by hand: the amounts of its lines, summed in C++ from the stored columns.
        Query basket(store.database(), u"SELECT b.id FROM basket b WHERE b.status = 'validated' AND EXISTS (SELECT 1 "
                                       "FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.basket_id = b.id "
                                       "AND p.weight_priced = 1 AND l.weighed_grams IS NOT NULL) LIMIT 1"_s);
        QVERIFY(basket.exec() && basket.next());
        const QString basketId = basket.text(0);
        Query parts(store.database(), u"SELECT p.weight_priced, l.unit_price_cents, l.quantity, "
                                      "coalesce(l.weighed_grams, l.estimated_grams) FROM order_line l "
                                      "JOIN product p ON p.id = l.product_id WHERE l.basket_id = ? AND l.deleted = 0"_s);
        parts.bind(basketId);
        QVERIFY(parts.exec());
        qint64 byHand = 0;
        while (parts.next()) {
            const qint64 price = parts.integer(1);
            if (parts.integer(0) == 1) {
                const qint64 thousandthsOfCents = price * parts.integer(3);
                byHand += thousandthsOfCents / 1000 + (thousandthsOfCents % 1000 >= 500 ? 1 : 0);
            } else {
                byHand += price * parts.integer(2);
            }
        }
        QVERIFY(byHand > 0);
        QCOMPARE(OrderService(store).total(basketId).value(), byHand);
    }

    void ordersWhatIsOfferedWhileItIsOpen()
    {
        Store &store = shared();
        // Each line's catalogue takes part in the basket's distribution, and was open when the
        // basket was validated.
        QCOMPARE(count(store, u"SELECT count(*) FROM order_line l JOIN basket b ON b.id = l.basket_id "
                              "JOIN product p ON p.id = l.product_id LEFT JOIN ordering_window w "
                              "ON w.distribution_id = b.distribution_id AND w.catalogue_id = p.catalogue_id "
                              "WHERE w.id IS NULL"_s),
                 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM order_line l JOIN basket b ON b.id = l.basket_id "
                              "JOIN product p ON p.id = l.product_id JOIN ordering_window w "
                              "ON w.distribution_id = b.distribution_id AND w.catalogue_id = p.catalogue_id "
                              "WHERE b.validated_at IS NOT NULL AND (b.validated_at < w.opens_at "
                              "OR b.validated_at >= w.closes_at)"_s),
                 0);
        // Nothing is stamped after the clock's now; members order after they joined, and
        // members who left order no more.
        const QString now = u"2026-11-25T10:00:00.000Z"_s;
        for (const QString &table : {u"member"_s, u"product"_s, u"distribution"_s, u"basket"_s, u"order_line"_s})
            QCOMPARE(count(store, u"SELECT count(*) FROM "_s + table + u" WHERE updated_at > ?"_s, {now}), 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM basket b JOIN member m ON m.id = b.member_id "
                              "JOIN distribution d ON d.id = b.distribution_id WHERE m.member_since >= d.local_date"_s),
                 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM basket b JOIN member m ON m.id = b.member_id "
                              "WHERE m.archived = 1 AND b.updated_at > m.updated_at"_s),
                 0);
        // Not every producer comes every week.
        QVERIFY(count(store, u"SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM ordering_window "
                             "GROUP BY distribution_id)"_s)
                > 1);
    }

    void derivesTheSearchColumnsAndFollowsTheRules()
    {
        Store &store = shared();
        const TableSchema *memberTable = Schema::table(u"member"_s);
        MemberService members(store);
        const auto all = members.list({QString(), true, -1}).value();
        QCOMPARE(all.size(), m_scale.members);
        for (const Member &member : all) {
            const QVariantMap row = store.writer().read(u"member"_s, member.id).value();
            const QVariantMap derived = memberTable->derive(row);
            QVERIFY(derived.contains(u"search_text"_s));
            for (const QString &column : memberTable->localColumns) {
                Query stored(store.database(), u"SELECT "_s + column + u" FROM member WHERE id = ?"_s);
                stored.bind(member.id);
                QVERIFY(stored.exec() && stored.next());
                QCOMPARE(stored.text(0), derived.value(column).toString());
            }
            // Already in the form the rules store.
            Member prepared = member;
            QVERIFY(MemberRules::prepare(prepared));
            QCOMPARE(prepared.phone, member.phone);
            QCOMPARE(prepared.email, member.email);
            QCOMPARE(prepared.lastName, member.lastName);
            QVERIFY(!member.phone.isEmpty() || !member.email.isEmpty());
            QVERIFY(member.phone.isEmpty() || member.phone.startsWith(u"+33"_s));
            QVERIFY(!member.notifications || member.hasEmail());
        }
        const TableSchema *productTable = Schema::table(u"product"_s);
        CatalogueService catalogues(store);
        for (const Catalogue &catalogue : catalogues.catalogues().value()) {
            for (const Product &product : catalogues.products(catalogue.id).value()) {
                const QVariantMap row = store.writer().read(u"product"_s, product.id).value();
                Query stored(store.database(), u"SELECT search_text FROM product WHERE id = ?"_s);
                stored.bind(product.id);
                QVERIFY(stored.exec() && stored.next());
                QCOMPARE(stored.text(0), productTable->derive(row).value(u"search_text"_s).toString());
                Product prepared = product;
                QVERIFY(ProductRules::prepare(prepared));
            }
        }
        // The search finds people by a piece of their folded name.
        const Member &someone = all.at(all.size() / 2);
        const QString piece = SearchText::fold(someone.lastName).left(4);
        const auto found = members.list({piece, true, -1}).value();
        QVERIFY(std::any_of(found.cbegin(), found.cend(), [&](const Member &m) { return m.id == someone.id; }));
    }

    void writesAsTheCoordinatorWithoutAuditTrail()
    {
        Store &store = shared();
        for (const QString &table : {u"member"_s, u"product"_s, u"distribution"_s, u"basket"_s, u"order_line"_s})
            QCOMPARE(count(store, u"SELECT count(*) FROM "_s + table + u" WHERE updated_by <> 'Camille Lefèvre'"_s), 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM audit_entry"_s), 0);
    }

    void sameSeedAndClockGiveTheSameGroup()
    {
        TestStore again(false);
        QVERIFY(LargeGroup::create(again.store(), 3, m_scale));
        QCOMPARE(fingerprint(again.store()), fingerprint(shared()));

        TestStore other(false);
        QVERIFY(LargeGroup::create(other.store(), 4, m_scale));
        QVERIFY(fingerprint(other.store()) != fingerprint(shared()));
    }

    void putsTheClockAndTheAuditTrailBack()
    {
        TestStore test(false);
        QVERIFY(LargeGroup::create(test.store(), 1, m_scale));
        QCOMPARE(test->clock().now(), TestStore::defaultNow());
        // The next change is audited again.
        Member member = MemberService(test.store()).list({QString(), false, 1}).value().first();
        member.notes = u"Nouvelle note"_s;
        QVERIFY(MemberService(test.store()).update(member));
        QCOMPARE(count(test.store(), u"SELECT count(*) FROM audit_entry WHERE row_id = ?"_s, {member.id}), 1);
    }

    void refusesADatabaseThatHoldsAGroup()
    {
        TestStore test;
        const QString before = DatabaseSnapshot::take(test.store());
        const Status done = LargeGroup::create(test.store(), 1, m_scale);
        QVERIFY(!done);
        QCOMPARE(done.error().kind(), ErrorKind::Conflict);
        QCOMPARE(DatabaseSnapshot::take(test.store()), before);
    }

    void refusesAnImpossibleScale()
    {
        TestStore test(false);
        const QString before = DatabaseSnapshot::take(test.store());
        LargeGroupScale scale = m_scale;
        scale.products = scale.producers - 1;
        const Status done = LargeGroup::create(test.store(), 1, scale);
        QVERIFY(!done);
        QCOMPARE(done.error().kind(), ErrorKind::Validation);
        QCOMPARE(DatabaseSnapshot::take(test.store()), before);
    }
};

QTEST_GUILESS_MAIN(TestLargeGroup)
#include "tst_largegroup.moc"
