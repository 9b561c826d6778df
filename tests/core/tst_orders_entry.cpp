// What the order dialog works with before anything is saved: quantities as typed, totals and
// VAT to the cent, the offer of a distribution read at once, the draft of an order and
// "same as last time".
#include "orders/BasketTotals.h"
#include "orders/OrderDraft.h"
#include "orders/QuantityText.h"
#include "queries/OrderEntryQuery.h"
#include "services/CatalogueService.h"
#include "services/OrderService.h"
#include "tst_orders_fixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrderEntry : public QObject {
    Q_OBJECT

    std::unique_ptr<OrderFixture> m_fixture;

    OrderFixture &f() { return *m_fixture; }
    Store &store() { return m_fixture->store(); }

    static Product byPiece()
    {
        Product product;
        product.name = u"Carottes"_s;
        product.priceCents = 240;
        return product;
    }
    static Product byWeight()
    {
        Product product = byPiece();
        product.name = u"Comté"_s;
        product.weightPriced = true;
        product.priceCents = 1890;
        return product;
    }
    static Product chicken()
    {
        Product product = byWeight();
        product.name = u"Poulet"_s;
        product.pieceWeightGrams = 1800;
        return product;
    }

    OrderEntryOffer load(const OrderActor &actor = OrderActor::coordinator(u"Test Coordinator"_s))
    {
        return OrderEntryQuery(store()).load(f().distributionId, actor).value();
    }


private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        m_fixture = std::make_unique<OrderFixture>();
        store().clock().setFixed(OrderFixture::whileOpen());
    }

    void cleanup()
    {
        m_fixture.reset();
        QLocale::setDefault(QLocale::c());
    }

    // --- quantities as typed ---

    void readsQuantitiesAsTyped_data()
    {
        QTest::addColumn<int>("product");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("grams");
        QTest::newRow("pieces") << 0 << u"3"_s << qint64(3) << qint64(0);
        QTest::newRow("pieces with spaces") << 0 << u" 12 "_s << qint64(12) << qint64(0);
        QTest::newRow("kg with a comma") << 1 << u"1,237"_s << qint64(1237) << qint64(1237);
        QTest::newRow("kg with a point") << 1 << u"1.2"_s << qint64(1200) << qint64(1200);
        QTest::newRow("whole kg") << 1 << u"2"_s << qint64(2000) << qint64(2000);
        QTest::newRow("kg with its unit") << 1 << u"0,8 kg"_s << qint64(800) << qint64(800);
        QTest::newRow("grams") << 1 << u"800 g"_s << qint64(800) << qint64(800);
        QTest::newRow("chicken pieces") << 2 << u"2"_s << qint64(2) << qint64(3600);
        QTest::newRow("chicken pieces of a weight") << 2 << u"2 x 1,5"_s << qint64(2) << qint64(3000);
        QTest::newRow("chicken pieces of a weight, ×") << 2 << u"3 × 1,2 kg"_s << qint64(3) << qint64(3600);
        QTest::newRow("chicken by weight alone") << 2 << u"3,5"_s << qint64(2) << qint64(3500);
        QTest::newRow("a small chicken") << 2 << u"1,1 kg"_s << qint64(1) << qint64(1100);
    }

    void readsQuantitiesAsTyped()
    {
        QFETCH(int, product);
        QFETCH(QString, typed);
        QFETCH(qint64, quantity);
        QFETCH(qint64, grams);
        const Product products[] = {byPiece(), byWeight(), chicken()};
        const auto read = QuantityText::parse(products[product], typed);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        QCOMPARE(read->quantity, quantity);
        QCOMPARE(read->estimatedGrams, grams);
        // What the dialog puts back in the field reads the same.
        const auto again = QuantityText::parse(products[product], QuantityText::editText(products[product], *read));
        QVERIFY(again);
        QCOMPARE(*again, *read);
    }

    void refusesQuantitiesThatAreNot_data()
    {
        QTest::addColumn<int>("product");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << 0 << u""_s << u"Type a quantity"_s;
        QTest::newRow("zero") << 0 << u"0"_s << u"more than zero"_s;
        QTest::newRow("negative") << 0 << u"-2"_s << u"more than zero"_s;
        QTest::newRow("negative kg") << 1 << u"-1,5"_s << u"more than zero"_s;
        QTest::newRow("decimal pieces") << 0 << u"1,5"_s << u"whole number"_s;
        QTest::newRow("letters") << 0 << u"deux"_s << u"not a quantity"_s;
        QTest::newRow("absurd pieces") << 0 << u"50000"_s << u"not plausible"_s;
        QTest::newRow("absurd weight") << 1 << u"2500"_s << u"not plausible"_s;
        QTest::newRow("too precise") << 1 << u"1,2345"_s << u"not a quantity"_s;
        QTest::newRow("zero kg") << 1 << u"0,000"_s << u"more than zero"_s;
        QTest::newRow("chicken of no weight") << 2 << u"2 x 0"_s << u"more than zero"_s;
    }

    void refusesQuantitiesThatAreNot()
    {
        QFETCH(int, product);
        QFETCH(QString, typed);
        QFETCH(QString, words);
        const Product products[] = {byPiece(), byWeight(), chicken()};
        const auto read = QuantityText::parse(products[product], typed);
        QVERIFY(!read);
        QCOMPARE(read.error().kind(), ErrorKind::Validation);
        QVERIFY2(read.error().message().contains(words), qPrintable(read.error().message()));
    }

    void showsQuantitiesTheFrenchWay()
    {
        QCOMPARE(QuantityText::display(byWeight(), {1237, 1237}), u"1,237\u00a0kg"_s);
        QCOMPARE(QuantityText::display(byWeight(), {800, 800}), u"800\u00a0g"_s);
        QCOMPARE(QuantityText::display(chicken(), {2, 3600}), u"2 (≈ 3,6\u00a0kg)"_s);
        QCOMPARE(QuantityText::hint(chicken()), u"pieces (≈ 1,8\u00a0kg each)"_s);
    }

    // --- totals ---

    void totalsAndVatAreExactToTheCent()
    {
        BasketTotals totals;
        totals.add(2338, 550);  // 1.237 kg of Comté at 18,90 €/kg
        totals.add(720, 550);
        totals.add(640, 2000);
        totals.add(1200, 550, false); // a producer who is not VAT-registered
        QCOMPARE(totals.totalCents(), qint64(2338 + 720 + 640 + 1200));
        const QList<BasketTotals::Rate> rates = totals.rates();
        QCOMPARE(rates.size(), 2);
        QCOMPARE(rates.at(0).basisPoints, 550);
        QCOMPARE(rates.at(0).baseCents, qint64(3058));
        QCOMPARE(rates.at(0).vatCents, qint64(159)); // 3058 × 5.5 / 105.5 = 159.43
        QCOMPARE(rates.at(1).vatCents, qint64(107)); // 640 × 20 / 120 = 106.67
        QCOMPARE(totals.vatCents(), qint64(266));
    }

    // --- the offer of a distribution ---

    void theOfferHoldsTheCataloguesTakingPartWithStockAndWindows()
    {
        f().setOffer(f().eggsId, 10);
        f().setOffer(f().carrotsId, std::nullopt, true);
        f().saveOrder(f().otherMemberId, {{f().eggsId, 4, {}}});
        const OrderEntryOffer offer = load();
        QCOMPARE(offer.placeName, u"Salle des fêtes"_s);
        QCOMPARE(offer.currency, u"EUR"_s);
        QCOMPARE(offer.catalogues.size(), 2);
        QCOMPARE(offer.catalogues.at(0).name, u"Légumes et fromages"_s);
        QCOMPARE(offer.catalogues.at(0).producerName, u"Ferme des Saules"_s);
        QCOMPARE(offer.catalogues.at(0).window.closesAt, QDateTime(QDate(2026, 12, 1), QTime(16, 0), QTimeZone::utc()));
        QVERIFY(!offer.product(f().jamId)); // its catalogue does not take part
        const OfferedProduct *eggs = offer.product(f().eggsId);
        QVERIFY(eggs);
        QCOMPARE(eggs->stock.value_or(-1), qint64(10));
        QCOMPARE(eggs->held, qint64(4));
        QCOMPARE(offer.available(*eggs, 0).value_or(-1), qint64(6));
        QVERIFY(!offer.product(f().carrotsId)->offered);
        QVERIFY(!offer.available(*offer.product(f().honeyId), 0).has_value());
    }

    void aProducerOfferHoldsOnlyTheirCatalogues()
    {
        const OrderEntryOffer offer = load(OrderActor::producer(f().producerUserName, f().fermeId));
        QCOMPARE(offer.catalogues.size(), 1);
        QVERIFY(offer.product(f().carrotsId));
        QVERIFY(!offer.product(f().honeyId));
    }

    void productsAreFoundByNameOrReference()
    {
        const OrderEntryOffer offer = load();
        QCOMPARE(offer.resolve(u"fro-com"_s)->product.id, f().cheeseId);
        QCOMPARE(offer.resolve(u"comte"_s)->product.id, f().cheeseId); // accents ignored
        QCOMPARE(offer.resolve(u"Miel de lavande"_s)->product.id, f().honeyId);
        QCOMPARE(offer.find(u"oeufs"_s).size(), 1);                   // œ spelled out
        QCOMPARE(offer.find(u"ca"_s).first()->product.id, f().carrotsId); // starting with, first
        QVERIFY(!offer.resolve(u"o"_s));                               // more than one
        QVERIFY(!offer.resolve(u"confiture"_s));                       // not offered here
    }

    // --- the draft ---

    void theDraftComputesLinesAndTotalsLive()
    {
        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, std::nullopt, {});
        QVERIFY(!draft.isDirty());
        draft.insertLine(0, {f().cheeseId, {1237, 1237}, {}, {}});
        draft.insertLine(1, {f().eggsId, {2, 0}, {}, {}});
        QVERIFY(draft.isDirty());
        QCOMPARE(draft.amount(draft.lines().at(0)), qint64(2338));
        const BasketTotals totals = draft.totals();
        QCOMPARE(totals.totalCents(), qint64(2338 + 640));
        QCOMPARE(totals.rates().size(), 2);

        const BasketEdit edit = draft.edit(true, LatePolicy::Refuse);
        QCOMPARE(edit.memberId, f().memberId);
        QVERIFY(edit.replaceOtherLines);
        auto saved = OrderService(store()).save(edit);
        QVERIFY(saved);
        QCOMPARE(OrderService(store()).total(saved->basketId).value(), totals.totalCents());
    }

    void aNewOrderGoesToAnotherMemberWithItsLines()
    {
        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, std::nullopt, {});
        draft.insertLine(0, {f().carrotsId, {2, 0}, {}, {}});
        draft.insertLine(1, {f().cheeseId, {400, 400}, {}, {}});
        const auto replaced = draft.changeMember(f().otherMemberId, std::nullopt, {});
        QVERIFY(replaced);
        QVERIFY(replaced->isEmpty());
        QCOMPARE(draft.memberId(), f().otherMemberId);
        QCOMPARE(draft.lines().size(), 2);
        QVERIFY(!draft.basket());
        QCOMPARE(draft.edit(false, LatePolicy::Refuse).memberId, f().otherMemberId);
    }

    void aNewOrderJoinsTheBasketTheOtherMemberHas()
    {
        const QString theirs = f().saveOrder(f().otherMemberId, {{f().carrotsId, 5, {}}, {f().honeyId, 1, {}}});
        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, std::nullopt, {});
        draft.insertLine(0, {f().carrotsId, {2, 0}, {}, {}});
        draft.insertLine(1, {f().eggsId, {1, 0}, {}, {}});
        const auto replaced = draft.changeMember(f().otherMemberId, OrderService(store()).basket(theirs).value(),
                                                 OrderService(store()).lines(theirs).value());
        QVERIFY(replaced);
        QCOMPARE(*replaced, QStringList{f().carrotsId}); // in both: the quantity typed
        QCOMPARE(draft.basket()->id, theirs);
        QCOMPARE(draft.lines().size(), 3);
        QCOMPARE(draft.lines().at(draft.indexOf(f().carrotsId)).quantity.quantity, qint64(2));
        QCOMPARE(draft.lines().at(draft.indexOf(f().honeyId)).quantity.quantity, qint64(1));
        const BasketEdit edit = draft.edit(false, LatePolicy::Refuse);
        QCOMPARE(edit.basketId, theirs); // their basket, never a second one
        QVERIFY(OrderService(store()).save(edit));
        QCOMPARE(OrderService(store()).baskets(f().distributionId).value().size(), 1);
        QCOMPARE(OrderService(store()).lines(theirs).value().size(), 3);
    }

    void joiningAValidatedOrderKeepsItsFrozenPrices()
    {
        const QString theirs = f().saveOrder(f().otherMemberId, {{f().carrotsId, 5, {}}}, true);
        CatalogueService catalogues(store());
        Product carrots = catalogues.product(f().carrotsId).value();
        const qint64 frozen = carrots.priceCents;
        carrots.priceCents = frozen + 100;
        QVERIFY(catalogues.updateProduct(carrots));

        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, std::nullopt, {});
        draft.insertLine(0, {f().carrotsId, {2, 0}, {}, {}});
        draft.insertLine(1, {f().eggsId, {1, 0}, {}, {}});
        QVERIFY(draft.changeMember(f().otherMemberId, OrderService(store()).basket(theirs).value(),
                                   OrderService(store()).lines(theirs).value()));
        QVERIFY(OrderService(store()).save(draft.edit(false, LatePolicy::Refuse)));

        // Still validated; the carrots keep the price of their validation at the quantity typed,
        // the eggs are priced at once, as any line added to a validated order.
        OrderService orders(store());
        QCOMPARE(orders.basket(theirs).value().status, Basket::Status::Validated);
        const QList<OrderLine> lines = orders.lines(theirs).value();
        QCOMPARE(lines.size(), 2);
        for (const OrderLine &line : lines) {
            QVERIFY(line.unitPriceCents.has_value());
            if (line.productId == f().carrotsId) {
                QCOMPARE(line.quantity, qint64(2));
                QCOMPARE(*line.unitPriceCents, frozen);
            }
        }
    }

    void theMemberOfASavedOrderDoesNotChangeInTheDraft()
    {
        const QString own = f().saveOrder(f().memberId, {{f().carrotsId, 1, {}}});
        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, OrderService(store()).basket(own).value(), OrderService(store()).lines(own).value());
        draft.insertLine(1, {f().eggsId, {1, 0}, {}, {}});
        const auto refused = draft.changeMember(f().otherMemberId, std::nullopt, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::Conflict);
        QCOMPARE(draft.memberId(), f().memberId); // nothing moved
        QCOMPARE(draft.basket()->id, own);
        QCOMPARE(draft.lines().size(), 2);
    }

    void theDraftRefusesWhatTheStockCannotGive()
    {
        f().setOffer(f().eggsId, 5);
        f().saveOrder(f().otherMemberId, {{f().eggsId, 3, {}}});
        const QString own = f().saveOrder(f().memberId, {{f().eggsId, 1, {}}});
        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, OrderService(store()).basket(own).value(), OrderService(store()).lines(own).value());
        QCOMPARE(draft.available(f().eggsId).value_or(-1), qint64(2)); // its own one, and one more
        QVERIFY(draft.check(f().eggsId, {2, 0}));
        const Status refused = draft.check(f().eggsId, {3, 0});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(u"Only 2"_s), qPrintable(refused.error().message()));
    }

    void theDraftKnowsWhichChangesAreLate()
    {
        const QString own = f().saveOrder(f().memberId, {{f().carrotsId, 1, {}}, {f().honeyId, 1, {}}});
        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, OrderService(store()).basket(own).value(), OrderService(store()).lines(own).value());
        QVERIFY(draft.lateCatalogues(OrderFixture::afterVegetablesClosed(), false).isEmpty());
        draft.replaceLine(draft.indexOf(f().honeyId), {f().honeyId, {3, 0}, {}, {}});
        QVERIFY(draft.lateCatalogues(OrderFixture::afterVegetablesClosed(), false).isEmpty()); // honey is still open
        draft.removeLine(draft.indexOf(f().carrotsId));
        QCOMPARE(draft.lateCatalogues(OrderFixture::afterVegetablesClosed(), false), QStringList{f().catalogueId});
        QVERIFY(draft.isClosed(f().cheeseId, OrderFixture::afterVegetablesClosed()));
    }

    void sameAsLastTimeCarriesWhatIsStillOfferedAtTodaysPrices()
    {
        store().clock().setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        const QString earlier = f().addDistribution(QDate(2026, 11, 26), {f().catalogueId, f().spareCatalogueId});
        f().saveOrder(f().memberId,
                {{f().carrotsId, 3, {}}, {f().jamId, 2, {}}, {f().chickenId, 2, qint64(3000)}, {f().eggsId, 4, {}}},
                true, earlier);
        store().clock().setFixed(OrderFixture::whileOpen());
        CatalogueService catalogues(store());
        Product carrots = catalogues.product(f().carrotsId).value();
        carrots.priceCents = 260;
        QVERIFY(catalogues.updateProduct(carrots));
        f().setOffer(f().eggsId, 1);

        const auto previous = OrderService(store()).previousBasket(f().distributionId, f().memberId).value();
        QVERIFY(previous);
        const OrderEntryOffer offer = load();
        OrderDraft draft(offer);
        draft.start(f().memberId, std::nullopt, {});
        const CarryOver carried = draft.carryOver(*previous, OrderFixture::whileOpen());
        QCOMPARE(carried.from, QDate(2026, 11, 26));
        QCOMPARE(carried.lines.size(), 3);
        QCOMPARE(carried.left.size(), 2);
        QHash<QString, QString> reasons;
        for (const CarryOver::Left &left : carried.left)
            reasons.insert(left.productName, left.reason);
        QVERIFY(reasons.value(u"Confiture de fraises"_s).contains(u"not offered"_s));
        QVERIFY2(reasons.value(u"Œufs (boîte de 6)"_s).contains(u"only 1 left (4 last time)"_s),
                 qPrintable(reasons.value(u"Œufs (boîte de 6)"_s)));
        QVERIFY(carried.lateProductIds.isEmpty());
        for (const DraftLine &line : carried.lines)
            draft.insertLine(draft.lines().size(), line);
        QCOMPARE(draft.amount(draft.lines().at(draft.indexOf(f().carrotsId))), qint64(3 * 260)); // today's price
        QCOMPARE(draft.lines().at(draft.indexOf(f().chickenId)).quantity, (LineQuantity{2, 3000}));
        QCOMPARE(draft.lines().at(draft.indexOf(f().eggsId)).quantity.quantity, qint64(1));

        // Lines already typed stay as they are; closed catalogues are flagged.
        OrderDraft typed(offer);
        typed.start(f().memberId, std::nullopt, {});
        typed.insertLine(0, {f().carrotsId, {1, 0}, {}, {}});
        const CarryOver late = typed.carryOver(*previous, OrderFixture::afterVegetablesClosed());
        QCOMPARE(late.lines.size(), 2);
        QCOMPARE(late.lateProductIds.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrderEntry)
#include "tst_orders_entry.moc"
