#include "TestStore.h"
#include "domain/LinePricing.h"
#include "queries/AmountSql.h"
#include "queries/DistributionOverviewQuery.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Query.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrders : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_test;
    QString m_catalogueId;
    QString m_otherCatalogueId;
    QString m_carrotsId;   // 2,40 € a piece
    QString m_cheeseId;    // 18,90 €/kg, ordered by weight
    QString m_chickenId;   // 11,50 €/kg, by the piece of about 1.8 kg
    QString m_honeyId;     // in a catalogue not taking part
    QString m_distributionId;
    QString m_memberId;

    Store &store() { return m_test->store(); }

    QString addProduct(const QString &catalogueId, const QString &name, qint64 cents, bool weightPriced = false,
                       int pieceGrams = 0)
    {
        Product product;
        product.catalogueId = catalogueId;
        product.name = name;
        product.priceCents = cents;
        product.weightPriced = weightPriced;
        product.pieceWeightGrams = pieceGrams;
        return CatalogueService(store()).addProduct(product).value();
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        CatalogueService catalogues(store());
        Producer producer;
        producer.name = u"Ferme"_s;
        const QString producerId = catalogues.addProducer(producer).value();
        Catalogue catalogue;
        catalogue.producerId = producerId;
        catalogue.name = u"Tout"_s;
        m_catalogueId = catalogues.addCatalogue(catalogue).value();
        catalogue.name = u"Miel"_s;
        m_otherCatalogueId = catalogues.addCatalogue(catalogue).value();
        m_carrotsId = addProduct(m_catalogueId, u"Carottes"_s, 240);
        m_cheeseId = addProduct(m_catalogueId, u"Comté"_s, 1890, true);
        m_chickenId = addProduct(m_catalogueId, u"Poulet"_s, 1150, true, 1800);
        m_honeyId = addProduct(m_otherCatalogueId, u"Miel"_s, 850);
        Place place;
        place.name = u"Salle"_s;
        const QString placeId = CalendarService(store()).addPlace(place).value();
        Distribution distribution;
        distribution.placeId = placeId;
        distribution.date = QDate(2026, 12, 3);
        m_distributionId = CalendarService(store()).addDistribution(distribution, {m_catalogueId}).value();
        Member member;
        member.lastName = u"Dupré"_s;
        member.phone = u"0612345678"_s;
        m_memberId = MemberService(store()).add(member).value();
    }

    void cleanup() { m_test.reset(); }

    void oneBasketPerMemberAndDistribution()
    {
        OrderService orders(store());
        auto first = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator);
        auto second = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Producer);
        QVERIFY(first && second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(orders.baskets(m_distributionId).value().size(), 1);
    }

    void theStoreItselfRefusesASecondBasket()
    {
        Query insert(store().database(),
                     u"INSERT INTO basket (id, distribution_id, member_id, updated_at) VALUES (?, ?, ?, ?)"_s);
        insert.bind(u"a"_s).bind(m_distributionId).bind(m_memberId).bind(u"2026-01-01T00:00:00.000Z"_s);
        QVERIFY(insert.exec());
        insert.bind(u"b"_s).bind(m_distributionId).bind(m_memberId).bind(u"2026-01-01T00:00:00.000Z"_s);
        QVERIFY(!insert.exec());
    }

    void settingALineReplacesItsQuantity()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(basket.id, m_carrotsId, 2));
        QVERIFY(orders.setLine(basket.id, m_carrotsId, 5));
        auto lines = orders.lines(basket.id).value();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().quantity, qint64(5));
        QVERIFY(orders.setLine(basket.id, m_carrotsId, 0));
        QCOMPARE(orders.lines(basket.id).value().size(), 0);
    }

    void weightPricedTotalsAreExact()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(basket.id, m_cheeseId, 1237));  // 1.237 kg at 18,90 €/kg = 23,38 €
        QVERIFY(orders.setLine(basket.id, m_chickenId, 1));    // ~1.8 kg at 11,50 €/kg = 20,70 €
        QVERIFY(orders.setLine(basket.id, m_carrotsId, 3));    // 7,20 €
        QCOMPARE(orders.total(basket.id).value(), qint64(2338 + 2070 + 720));
        auto lines = orders.lines(basket.id).value();
        for (const OrderLine &line : lines) {
            if (line.productId == m_chickenId)
                QCOMPARE(line.estimatedGrams, qint64(1800));
            if (line.productId == m_cheeseId)
                QCOMPARE(line.estimatedGrams, qint64(1237));
        }
    }

    void pricesFollowTheCatalogueUntilValidationThenFreeze()
    {
        OrderService orders(store());
        CatalogueService catalogues(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(basket.id, m_carrotsId, 2));

        Product carrots = catalogues.product(m_carrotsId).value();
        carrots.priceCents = 300;
        QVERIFY(catalogues.updateProduct(carrots));
        QCOMPARE(orders.total(basket.id).value(), qint64(600)); // in progress: current price

        QVERIFY(orders.validate(basket.id));
        QCOMPARE(orders.basket(basket.id).value().status, Basket::Status::Validated);
        QCOMPARE(orders.basket(basket.id).value().validatedAt, TestStore::defaultNow());
        QCOMPARE(orders.lines(basket.id).value().first().unitPriceCents.value_or(-1), qint64(300));

        carrots.priceCents = 990;
        QVERIFY(catalogues.updateProduct(carrots));
        QCOMPARE(orders.total(basket.id).value(), qint64(600)); // validated: frozen
    }

    void aCancelledBasketIsNotValidatedAndIsReopenedExplicitly()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(basket.id, m_carrotsId, 1));
        QVERIFY(orders.cancel(basket.id));
        const Status validated = orders.validate(basket.id);
        QVERIFY(!validated);
        QCOMPARE(validated.error().kind(), ErrorKind::Conflict);
        QVERIFY(!orders.setLine(basket.id, m_carrotsId, 2));
        auto reopened = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator);
        QCOMPARE(reopened->id, basket.id);
        QCOMPARE(reopened->status, Basket::Status::InProgress);
    }

    void productsOfCataloguesNotTakingPartAreRefused()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        const Status added = orders.setLine(basket.id, m_honeyId, 1);
        QVERIFY(!added);
        QVERIFY(added.error().message().contains(u"not offered"_s));
    }

    void anonymousCartsHaveNoMember()
    {
        OrderService orders(store());
        auto cart = orders.openAnonymousCart(m_distributionId);
        QVERIFY(cart);
        QVERIFY(cart->isAnonymous());
        auto second = orders.openAnonymousCart(m_distributionId);
        QVERIFY(second);
        QVERIFY(second->id != cart->id);
        QCOMPARE(orders.baskets(m_distributionId).value().size(), 2);
    }

    void overviewCountsAndTotals()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(basket.id, m_cheeseId, 1237));
        QVERIFY(orders.validate(basket.id));
        Member other;
        other.lastName = u"Martin"_s;
        other.email = u"martin@example.org"_s;
        const QString otherId = MemberService(store()).add(other).value();
        const Basket pending = orders.openBasket(m_distributionId, otherId, Basket::Source::Member).value();
        QVERIFY(orders.setLine(pending.id, m_carrotsId, 2));
        const Basket cart = orders.openAnonymousCart(m_distributionId).value();
        QVERIFY(orders.setLine(cart.id, m_carrotsId, 1));

        auto overviews = DistributionOverviewQuery(store()).between(QDate(2026, 12, 1), QDate(2026, 12, 31));
        QVERIFY(overviews);
        QCOMPARE(overviews->size(), 1);
        const DistributionOverview &overview = overviews->first();
        QCOMPARE(overview.placeName, u"Salle"_s);
        QCOMPARE(overview.validatedCount, 1);
        QCOMPARE(overview.inProgressCount, 1);
        QCOMPARE(overview.anonymousCartCount, 1);
        QCOMPARE(overview.validatedCents, qint64(2338));
        QCOMPARE(overview.inProgressCents, qint64(720));
        QCOMPARE(overview.windows.size(), 1);
        QCOMPARE(overview.status, Distribution::Status::Planned);
    }

    void sqlAmountsMatchLinePricing()
    {
        OrderService orders(store());
        CatalogueService catalogues(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        const qint64 grams[] = {1, 499, 500, 501, 1237, 2999, 12345};
        for (qint64 g : grams) {
            QVERIFY(orders.setLine(basket.id, m_cheeseId, g));
            Query query(store().database(), u"SELECT "_s + AmountSql::lineAmount()
                                                + u" FROM order_line line JOIN product ON product.id = line.product_id "
                                                  "WHERE line.basket_id = ? AND line.deleted = 0"_s);
            query.bind(basket.id);
            QVERIFY(query.exec() && query.next());
            const OrderLine line = orders.lines(basket.id).value().first();
            QCOMPARE(query.integer(0), LinePricing::amount(catalogues.product(m_cheeseId).value(), line));
        }
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
