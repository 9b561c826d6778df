#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Query.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Producers, catalogues and products: what can change, what is undone, and a price change that
// never rewrites a validated line.
class TestCatalogue : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_test;
    QString m_producerId;
    QString m_catalogueId;
    QString m_carrotsId; // 2,40 € a piece
    QString m_cheeseId;  // 18,90 €/kg, ordered by weight
    QString m_distributionId;
    QString m_memberId;
    QString m_snapshot;

    Store &store() { return m_test->store(); }

    QString addProduct(const QString &name, qint64 cents, bool weightPriced = false)
    {
        Product product;
        product.catalogueId = m_catalogueId;
        product.name = name;
        product.priceCents = cents;
        product.weightPriced = weightPriced;
        return CatalogueService(store()).addProduct(product).value();
    }

    QString addMember(const QString &last, const QString &phone)
    {
        Member member;
        member.firstName = u"Anne"_s;
        member.lastName = last;
        member.phone = phone;
        auto id = MemberService(store()).add(member);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        return *id;
    }

    // The stored unit prices of a basket's lines, straight from the table.
    QList<QVariant> storedUnitPrices(const QString &basketId)
    {
        Query query(store().database(),
                    u"SELECT unit_price_cents FROM order_line WHERE basket_id = ? AND deleted = 0 ORDER BY product_id"_s);
        query.bind(basketId);
        [&] { QVERIFY(query.exec()); }();
        QList<QVariant> prices;
        while (query.next())
            prices.append(query.value(0));
        return prices;
    }

    template <typename Outcome>
    void expectRefusal(const Outcome &outcome, ErrorKind kind, const QString &messagePart, const QString &field = {})
    {
        QVERIFY2(!outcome.ok(), "accepted");
        QCOMPARE(outcome.error().kind(), kind);
        QVERIFY2(outcome.error().message().contains(messagePart), qPrintable(outcome.error().message()));
        if (!field.isEmpty())
            QCOMPARE(outcome.error().field(), field);
        QCOMPARE(DatabaseSnapshot::take(store()), m_snapshot);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        CatalogueService catalogues(store());
        Producer producer;
        producer.name = u"Ferme des Saules"_s;
        producer.siret = u"123 456 789 00012"_s;
        m_producerId = catalogues.addProducer(producer).value();
        Catalogue catalogue;
        catalogue.producerId = m_producerId;
        catalogue.name = u"Légumes"_s;
        m_catalogueId = catalogues.addCatalogue(catalogue).value();
        m_carrotsId = addProduct(u"Carottes"_s, 240);
        m_cheeseId = addProduct(u"Tomme"_s, 1890, true);
        Place place;
        place.name = u"Salle"_s;
        Distribution distribution;
        distribution.placeId = CalendarService(store()).addPlace(place).value();
        distribution.date = QDate(2026, 11, 26);
        m_distributionId = CalendarService(store()).addDistribution(distribution, {m_catalogueId}).value();
        m_memberId = addMember(u"Dupré"_s, u"0612345678"_s);
    }

    void cleanup() { m_test.reset(); }

    void producerIsStoredTidy()
    {
        const Producer producer = CatalogueService(store()).producer(m_producerId).value();
        QCOMPARE(producer.siret, u"12345678900012"_s);
        QVERIFY(producer.vatRegistered);
    }

    void vatExemptProducerIsKept()
    {
        Producer producer = CatalogueService(store()).producer(m_producerId).value();
        producer.vatRegistered = false;
        QVERIFY(CatalogueService(store()).updateProducer(producer));
        QVERIFY(!CatalogueService(store()).producer(m_producerId).value().vatRegistered);
    }

    void archivingAProducerTakesTheirCataloguesOutOfNewDistributions()
    {
        CatalogueService catalogues(store());
        QCOMPARE(catalogues.activeCatalogues().value().size(), 1);
        QVERIFY(catalogues.setProducerArchived(m_producerId, true));
        QVERIFY(catalogues.producers().value().isEmpty());
        QCOMPARE(catalogues.producers(true).value().size(), 1);
        QVERIFY(catalogues.activeCatalogues().value().isEmpty());
        // Undone.
        QVERIFY(catalogues.setProducerArchived(m_producerId, false));
        QCOMPARE(catalogues.activeCatalogues().value().size(), 1);
    }

    void deactivatingACatalogueIsUndone()
    {
        CatalogueService catalogues(store());
        QVERIFY(catalogues.setCatalogueActive(m_catalogueId, false));
        QVERIFY(catalogues.activeCatalogues().value().isEmpty());
        // The distribution it takes part in keeps it.
        QCOMPARE(CalendarService(store()).windows(m_distributionId).value().size(), 1);
        QVERIFY(catalogues.setCatalogueActive(m_catalogueId, true));
        QCOMPARE(catalogues.activeCatalogues().value().size(), 1);
    }

    void deactivatingAProductIsUndone()
    {
        CatalogueService catalogues(store());
        QVERIFY(catalogues.setProductActive(m_carrotsId, false));
        QCOMPARE(catalogues.products(m_catalogueId, false).value().size(), 1);
        QCOMPARE(catalogues.products(m_catalogueId, true).value().size(), 2);
        QVERIFY(catalogues.setProductActive(m_carrotsId, true));
        QCOMPARE(catalogues.products(m_catalogueId, false).value().size(), 2);
    }

    void changingACatalogueRuleLeavesExistingWindowsAlone()
    {
        const OrderingWindow before = CalendarService(store()).windows(m_distributionId).value().first();
        Catalogue catalogue = CatalogueService(store()).catalogue(m_catalogueId).value();
        catalogue.rule.closesHoursBefore = 24;
        QVERIFY(CatalogueService(store()).updateCatalogue(catalogue));
        const OrderingWindow after = CalendarService(store()).windows(m_distributionId).value().first();
        QCOMPARE(after.closesAt, before.closesAt);
    }

    void aPriceChangeNeverRewritesValidatedLines()
    {
        OrderService orders(store());
        const Basket validated = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(validated.id, m_carrotsId, 3, LatePolicy::Record));
        QVERIFY(orders.setLine(validated.id, m_cheeseId, 450, LatePolicy::Record));
        QVERIFY(orders.validate(validated.id, LatePolicy::Record));
        const Basket inProgress = orders.openBasket(m_distributionId, addMember(u"Martin"_s, u"0698765432"_s), Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(inProgress.id, m_carrotsId, 2, LatePolicy::Record));
        const QList<QVariant> frozen = storedUnitPrices(validated.id);
        QCOMPARE(orders.total(validated.id).value(), 3 * 240 + 851); // 450 g at 18,90 €/kg = 8,505 → 8,51 €
        QCOMPARE(orders.total(inProgress.id).value(), 480);

        CatalogueService catalogues(store());
        Product carrots = catalogues.product(m_carrotsId).value();
        carrots.priceCents = 300;
        QVERIFY(catalogues.updateProduct(carrots));
        Product cheese = catalogues.product(m_cheeseId).value();
        cheese.priceCents = 2200;
        cheese.name = u"Tomme de Savoie"_s;
        QVERIFY(catalogues.updateProduct(cheese));

        // The validated basket is priced as it was, to the cent and row by row.
        QCOMPARE(storedUnitPrices(validated.id), frozen);
        QCOMPARE(orders.total(validated.id).value(), 3 * 240 + 851);
        // The basket in progress follows the new price.
        QCOMPARE(orders.total(inProgress.id).value(), 600);
        QVERIFY(storedUnitPrices(inProgress.id).first().isNull());
    }

    void whetherAnOrderedProductIsPricedByWeightCannotChange()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(basket.id, m_carrotsId, 3, LatePolicy::Record));
        Product carrots = CatalogueService(store()).product(m_carrotsId).value();
        carrots.weightPriced = true;
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(CatalogueService(store()).updateProduct(carrots), ErrorKind::Conflict, u"already ordered"_s,
                      u"weightPriced"_s);
        // A product never ordered may change.
        Product cheese = CatalogueService(store()).product(m_cheeseId).value();
        cheese.weightPriced = false;
        QVERIFY(CatalogueService(store()).updateProduct(cheese));
    }

    void aProductStaysInItsCatalogue()
    {
        Catalogue other;
        other.producerId = m_producerId;
        other.name = u"Fruits"_s;
        const QString otherId = CatalogueService(store()).addCatalogue(other).value();
        Product carrots = CatalogueService(store()).product(m_carrotsId).value();
        carrots.catalogueId = otherId;
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(CatalogueService(store()).updateProduct(carrots), ErrorKind::Validation, u"stays in its catalogue"_s);
    }

    void badProductUpdatesLeaveTheProductAsItWas()
    {
        m_snapshot = DatabaseSnapshot::take(store());
        CatalogueService catalogues(store());
        Product carrots = catalogues.product(m_carrotsId).value();
        carrots.priceCents = 0;
        expectRefusal(catalogues.updateProduct(carrots), ErrorKind::Validation, u"more than zero"_s, u"priceCents"_s);
        carrots = catalogues.product(m_carrotsId).value();
        carrots.name = QString(101, u'x');
        expectRefusal(catalogues.updateProduct(carrots), ErrorKind::Validation, u"too long"_s, u"name"_s);
        carrots = catalogues.product(m_carrotsId).value();
        carrots.contentThousandths = -5;
        expectRefusal(catalogues.updateProduct(carrots), ErrorKind::Validation, u"content"_s, u"contentThousandths"_s);
        carrots = catalogues.product(m_carrotsId).value();
        carrots.id = u"ghost"_s;
        expectRefusal(catalogues.updateProduct(carrots), ErrorKind::NotFound, u"No product"_s);
        expectRefusal(catalogues.setProductActive(u"ghost"_s, false), ErrorKind::NotFound, u"No product"_s);
        expectRefusal(catalogues.setCatalogueActive(u"ghost"_s, false), ErrorKind::NotFound, u"No catalogue"_s);
        expectRefusal(catalogues.setProducerArchived(u"ghost"_s, true), ErrorKind::NotFound, u"No producer"_s);
    }

    void aProductIsFoundByItsReferenceInItsCatalogue()
    {
        Product carrots = CatalogueService(store()).product(m_carrotsId).value();
        carrots.reference = u"CAR-1"_s;
        QVERIFY(CatalogueService(store()).updateProduct(carrots));
        const auto found = CatalogueService(store()).productByReference(m_catalogueId, u"CAR-1"_s).value();
        QVERIFY(found.has_value());
        QCOMPARE(found->id, m_carrotsId);
        QVERIFY(!CatalogueService(store()).productByReference(m_catalogueId, u"NOPE"_s).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
