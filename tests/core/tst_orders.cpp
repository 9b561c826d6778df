// The order rules of docs/DESIGN.md, through OrderService and the read models over orders: one
// basket per member and distribution, prices frozen at validation, stock, ordering windows and
// late changes, what a producer may do, and bad input that leaves the data unchanged.
#include "DatabaseSnapshot.h"
#include "domain/LinePricing.h"
#include "queries/AmountSql.h"
#include "queries/DistributionOrdersQuery.h"
#include "queries/DistributionOverviewQuery.h"
#include "repositories/LateChangeRepository.h"
#include "services/OrderService.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "tst_orders_fixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOrders : public QObject {
    Q_OBJECT

    std::unique_ptr<OrderFixture> m_fixture;

    OrderFixture &f() { return *m_fixture; }
    Store &store() { return m_fixture->store(); }

    BasketEdit memberEdit(const QString &memberId, QList<LineRequest> lines, bool validate = false,
                          LatePolicy late = LatePolicy::Refuse)
    {
        BasketEdit edit;
        edit.distributionId = f().distributionId;
        edit.memberId = memberId;
        edit.lines = std::move(lines);
        edit.validate = validate;
        edit.late = late;
        return edit;
    }

    QString saved(const BasketEdit &edit)
    {
        auto result = OrderService(store()).save(edit);
        if (!result)
            qWarning("save refused: %s", qPrintable(result.error().message()));
        return result ? result->basketId : QString();
    }

    // Runs `refused`, expects `kind` with `words` in the message, and no change to any table.
    template <typename Work>
    void expectRefusedUnchanged(Work &&refused, ErrorKind kind, const QString &words)
    {
        const QString before = DatabaseSnapshot::take(store());
        const auto outcome = refused();
        QVERIFY2(!outcome, "the change should have been refused");
        QCOMPARE(outcome.error().kind(), kind);
        QVERIFY2(outcome.error().message().contains(words, Qt::CaseInsensitive), qPrintable(outcome.error().message()));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    qint64 quantityOf(const QString &basketId, const QString &productId)
    {
        for (const OrderLine &line : OrderService(store()).lines(basketId).value()) {
            if (line.productId == productId)
                return line.quantity;
        }
        return 0;
    }

    // The unit price stored on each line, read from the table itself.
    QMap<QString, qint64> storedUnitPrices(const QString &basketId)
    {
        QMap<QString, qint64> prices;
        Query query(store().database(), u"SELECT product_id, unit_price_cents FROM order_line "
                                        "WHERE basket_id = ? AND deleted = 0"_s);
        query.bind(basketId);
        if (query.exec()) {
            while (query.next())
                prices.insert(query.text(0), query.value(1).isNull() ? -1 : query.integer(1));
        }
        return prices;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<OrderFixture>();
        store().clock().setFixed(OrderFixture::whileOpen());
    }

    void cleanup() { m_fixture.reset(); }

    // --- one basket per member and distribution ---

    void oneBasketPerMemberAndDistribution()
    {
        OrderService orders(store());
        auto first = orders.openBasket(f().distributionId, f().memberId, Basket::Source::Coordinator);
        auto second = orders.openBasket(f().distributionId, f().memberId, Basket::Source::Producer);
        QVERIFY(first && second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(orders.baskets(f().distributionId).value().size(), 1);
    }

    void savingForAMemberWhoHasABasketCompletesIt()
    {
        const QString first = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}));
        QVERIFY(!first.isEmpty());
        auto again = OrderService(store()).save(memberEdit(f().memberId, {{f().cheeseId, 500, {}}}));
        QVERIFY(again);
        QCOMPARE(again->basketId, first);
        QVERIFY(!again->created);
        QCOMPARE(OrderService(store()).baskets(f().distributionId).value().size(), 1);
        QCOMPARE(quantityOf(first, f().carrotsId), qint64(2));
        QCOMPARE(quantityOf(first, f().cheeseId), qint64(500));
    }

    void theStoreItselfRefusesASecondBasket()
    {
        Query insert(store().database(),
                     u"INSERT INTO basket (id, distribution_id, member_id, updated_at) VALUES (?, ?, ?, ?)"_s);
        insert.bind(u"a"_s).bind(f().distributionId).bind(f().memberId).bind(u"2026-01-01T00:00:00.000Z"_s);
        QVERIFY(insert.exec());
        insert.bind(u"b"_s).bind(f().distributionId).bind(f().memberId).bind(u"2026-01-01T00:00:00.000Z"_s);
        QVERIFY(!insert.exec());
    }

    void aNewBasketRecordsWhoseSourceItIs()
    {
        const QString byCoordinator = saved(memberEdit(f().memberId, {{f().carrotsId, 1, {}}}));
        QCOMPARE(OrderService(store()).basket(byCoordinator).value().source, Basket::Source::Coordinator);
        f().actAsProducer();
        const QString byProducer = saved(memberEdit(f().otherMemberId, {{f().carrotsId, 1, {}}}));
        QCOMPARE(OrderService(store()).basket(byProducer).value().source, Basket::Source::Producer);
    }

    void sameProductTwiceInOneSaveKeepsTheLastQuantity()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().carrotsId, 5, {}}}));
        QCOMPARE(OrderService(store()).lines(basket).value().size(), 1);
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(5));
    }

    void settingALineReplacesItsQuantity()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(f().distributionId, f().memberId, Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(basket.id, f().carrotsId, 2));
        QVERIFY(orders.setLine(basket.id, f().carrotsId, 5));
        QCOMPARE(orders.lines(basket.id).value().size(), 1);
        QCOMPARE(quantityOf(basket.id, f().carrotsId), qint64(5));
        QVERIFY(orders.setLine(basket.id, f().carrotsId, 0));
        QCOMPARE(orders.lines(basket.id).value().size(), 0);
    }

    void takingOutAProductThatIsNotInTheOrderIsRefused()
    {
        // No basket yet: nothing to take out, and no empty basket is made.
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().carrotsId, 0, {}}})); },
                               ErrorKind::Validation, u"not in this order"_s);
        const QString basket = saved(memberEdit(f().memberId, {{f().honeyId, 1, {}}}));
        expectRefusedUnchanged(
            [&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().honeyId, 2, {}}, {f().carrotsId, 0, {}}})); },
            ErrorKind::Validation, u"Carottes (botte)"_s);
        expectRefusedUnchanged([&] { return OrderService(store()).setLine(basket, f().carrotsId, 0); },
                               ErrorKind::Validation, u"not in this order"_s);
    }

    void theMemberOfASavedBasketCannotBeChanged()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}));
        BasketEdit edit;
        edit.basketId = basket;
        edit.memberId = f().otherMemberId;
        edit.lines = {{f().carrotsId, 3, {}}};
        expectRefusedUnchanged([&] { return OrderService(store()).save(edit); }, ErrorKind::Conflict,
                               u"member of a saved order cannot be changed"_s);
        edit.memberId = f().memberId; // the same member named: an ordinary change
        QVERIFY(OrderService(store()).save(edit));
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(3));
    }

    void replacingTheLinesTakesOutThoseNotListed()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        BasketEdit edit = memberEdit(f().memberId, {{f().carrotsId, 3, {}}});
        edit.replaceOtherLines = true;
        QVERIFY(OrderService(store()).save(edit));
        QCOMPARE(OrderService(store()).lines(basket).value().size(), 1);
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(3));
    }

    // --- amounts ---

    void weightPricedTotalsAreExactToTheCent()
    {
        // 1.237 kg at 18,90 €/kg = 23,38 €; a chicken of about 1.8 kg at 11,50 €/kg = 20,70 €;
        // three bunches at 2,40 € = 7,20 €.
        const QString basket = saved(memberEdit(
            f().memberId, {{f().cheeseId, 1237, {}}, {f().chickenId, 1, {}}, {f().carrotsId, 3, {}}}));
        QCOMPARE(OrderService(store()).total(basket).value(), qint64(2338 + 2070 + 720));
        for (const OrderLine &line : OrderService(store()).lines(basket).value()) {
            if (line.productId == f().chickenId)
                QCOMPARE(line.estimatedGrams, qint64(1800));
            if (line.productId == f().cheeseId)
                QCOMPARE(line.estimatedGrams, qint64(1237));
        }
    }

    void piecesOfAGivenWeightCostTheirEstimatedWeight()
    {
        // Two chickens of about 1.5 kg each: 3 kg at 11,50 €/kg.
        const QString basket = saved(memberEdit(f().memberId, {{f().chickenId, 2, qint64(3000)}}));
        const OrderLine line = OrderService(store()).lines(basket).value().first();
        QCOMPARE(line.quantity, qint64(2));
        QCOMPARE(line.estimatedGrams, qint64(3000));
        QCOMPARE(OrderService(store()).total(basket).value(), qint64(3450));
    }

    void sqlAmountsMatchLinePricing()
    {
        OrderService orders(store());
        CatalogueService catalogues(store());
        const QString basket = saved(memberEdit(f().memberId, {{f().cheeseId, 1, {}}}));
        for (const qint64 grams : {1, 499, 500, 501, 1237, 2999, 12345}) {
            QVERIFY(orders.setLine(basket, f().cheeseId, grams));
            Query query(store().database(), u"SELECT "_s + AmountSql::lineAmount()
                                                + u" FROM order_line line JOIN product ON product.id = line.product_id "
                                                  "WHERE line.basket_id = ? AND line.deleted = 0"_s);
            query.bind(basket);
            QVERIFY(query.exec() && query.next());
            const OrderLine line = orders.lines(basket).value().first();
            QCOMPARE(query.integer(0), LinePricing::amount(catalogues.product(f().cheeseId).value(), line));
        }
    }

    // --- prices frozen at validation ---

    void pricesFollowTheCatalogueUntilValidationThenFreeze()
    {
        OrderService orders(store());
        CatalogueService catalogues(store());
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}));

        Product carrots = catalogues.product(f().carrotsId).value();
        carrots.priceCents = 300;
        QVERIFY(catalogues.updateProduct(carrots));
        QCOMPARE(orders.total(basket).value(), qint64(600)); // in progress: the current price

        QVERIFY(orders.save(memberEdit(f().memberId, {}, true)));
        QCOMPARE(orders.basket(basket).value().status, Basket::Status::Validated);
        QCOMPARE(orders.basket(basket).value().validatedAt, OrderFixture::whileOpen());
        QCOMPARE(orders.lines(basket).value().first().unitPriceCents.value_or(-1), qint64(300));

        carrots.priceCents = 990;
        QVERIFY(catalogues.updateProduct(carrots));
        QCOMPARE(orders.total(basket).value(), qint64(600)); // validated: frozen
    }

    void validatingStoresTodaysPriceOnEveryLine()
    {
        OrderService orders(store());
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().cheeseId, 500, {}},
                                                               {f().honeyId, 1, {}}}));
        QCOMPARE(storedUnitPrices(basket), (QMap<QString, qint64>{{f().carrotsId, -1}, {f().cheeseId, -1}, {f().honeyId, -1}}));
        CatalogueService catalogues(store());
        Product cheese = catalogues.product(f().cheeseId).value();
        cheese.priceCents = 2000;
        QVERIFY(catalogues.updateProduct(cheese));

        QVERIFY(orders.validate(basket, LatePolicy::Refuse));
        QCOMPARE(storedUnitPrices(basket), (QMap<QString, qint64>{{f().carrotsId, 240}, {f().cheeseId, 2000}, {f().honeyId, 850}}));
        // 2 × 2,40 + 0,5 kg × 20,00 + 8,50
        QCOMPARE(orders.total(basket).value(), qint64(480 + 1000 + 850));
    }

    void aPriceChangeAfterValidationLeavesTheStoredPricesAlone()
    {
        OrderService orders(store());
        CatalogueService catalogues(store());
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().cheeseId, 500, {}}}, true));
        QCOMPARE(storedUnitPrices(basket), (QMap<QString, qint64>{{f().carrotsId, 240}, {f().cheeseId, 1890}}));

        Product carrots = catalogues.product(f().carrotsId).value();
        carrots.priceCents = 300;
        QVERIFY(catalogues.updateProduct(carrots));
        Product cheese = catalogues.product(f().cheeseId).value();
        cheese.priceCents = 2500;
        QVERIFY(catalogues.updateProduct(cheese));
        // The validated lines change quantity after the new prices: they keep the price frozen.
        QVERIFY(orders.setLine(basket, f().carrotsId, 3));
        QVERIFY(orders.save(memberEdit(f().memberId, {{f().cheeseId, 800, {}}})));
        QCOMPARE(storedUnitPrices(basket), (QMap<QString, qint64>{{f().carrotsId, 240}, {f().cheeseId, 1890}}));
        // 3 × 2,40 + 0,8 kg × 18,90
        QCOMPARE(orders.total(basket).value(), qint64(720 + 1512));
    }

    void aLineAddedToAValidatedOrderIsPricedAtOnce()
    {
        OrderService orders(store());
        saved(memberEdit(f().memberId, {{f().carrotsId, 1, {}}}, true));
        const QString basket = saved(memberEdit(f().memberId, {{f().honeyId, 2, {}}}));
        QCOMPARE(orders.basket(basket).value().status, Basket::Status::Validated);
        for (const OrderLine &line : orders.lines(basket).value())
            QVERIFY(line.unitPriceCents.has_value());
        CatalogueService catalogues(store());
        Product honey = catalogues.product(f().honeyId).value();
        honey.priceCents = 1200;
        QVERIFY(catalogues.updateProduct(honey));
        QCOMPARE(orders.total(basket).value(), qint64(240 + 2 * 850));
    }

    void aCancelledBasketIsNotValidatedAndIsReopenedExplicitly()
    {
        OrderService orders(store());
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 1, {}}}));
        QVERIFY(orders.cancel(basket, LatePolicy::Refuse));
        const Status validated = orders.validate(basket, LatePolicy::Refuse);
        QVERIFY(!validated);
        QCOMPARE(validated.error().kind(), ErrorKind::Conflict);
        QVERIFY(!orders.setLine(basket, f().carrotsId, 2));
        // Opening the member's order again reopens the same basket.
        auto reopened = orders.save(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}));
        QVERIFY(reopened);
        QCOMPARE(reopened->basketId, basket);
        QCOMPARE(orders.basket(basket).value().status, Basket::Status::InProgress);
    }

    // --- ordering windows and late changes ---

    void changesBeforeTheWindowOpensAreNotLate()
    {
        store().clock().setFixed(OrderFixture::beforeOpening());
        QVERIFY(!saved(memberEdit(f().memberId, {{f().carrotsId, 1, {}}})).isEmpty());
        QCOMPARE(LateChangeRepository(store()).listForDistribution(f().distributionId).value().size(), 0);
    }

    // The window is open up to, not including, its closing instant: at that very millisecond a
    // change is late, one millisecond before it is not.
    void theClosingInstantItselfIsAlreadyClosed()
    {
        const QDateTime closing(QDate(2026, 12, 1), QTime(16, 0), QTimeZone::utc());
        store().clock().setFixed(closing.addMSecs(-1));
        auto before = OrderService(store()).save(memberEdit(f().memberId, {{f().carrotsId, 1, {}}}));
        QVERIFY(before);
        QCOMPARE(before->lateChanges, 0);
        store().clock().setFixed(closing);
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().carrotsId, 2, {}}})); },
                               ErrorKind::NeedsConfirmation, u"Légumes et fromages"_s);
        auto confirmed = OrderService(store()).save(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}, false, LatePolicy::Record));
        QVERIFY(confirmed);
        QCOMPARE(confirmed->lateChanges, 1);
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(confirmed->basketId).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().at, closing);
        QCOMPARE(late.first().windowClosedAt, closing);
    }

    // The order dialog saves with replaceOtherLines: a line of a closed catalogue left out of the
    // save is a late removal, refused without confirmation and recorded with it.
    void aLineLeftOutOfAReplacingSaveAfterClosingIsALateRemoval()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        BasketEdit edit = memberEdit(f().memberId, {{f().honeyId, 1, {}}});
        edit.replaceOtherLines = true;
        expectRefusedUnchanged([&] { return OrderService(store()).save(edit); }, ErrorKind::NeedsConfirmation,
                               u"Légumes et fromages"_s);
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(2));

        edit.late = LatePolicy::Record;
        auto result = OrderService(store()).save(edit);
        QVERIFY(result);
        QCOMPARE(result->lateChanges, 1);
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(0));
        QCOMPARE(quantityOf(basket, f().honeyId), qint64(1));
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(basket).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().kind, LateChange::Kind::Remove);
        QCOMPARE(late.first().productId, f().carrotsId);
        QCOMPARE(late.first().quantityBefore.value_or(-1), qint64(2));
        QVERIFY(!late.first().quantityAfter.has_value());
    }

    // Leaving out a line of a catalogue still open is no late change, even after another closed.
    void aLineOfAnOpenCatalogueLeftOutOfAReplacingSaveIsNotLate()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        BasketEdit edit = memberEdit(f().memberId, {{f().carrotsId, 2, {}}});
        edit.replaceOtherLines = true;
        auto result = OrderService(store()).save(edit);
        QVERIFY(result);
        QCOMPARE(result->lateChanges, 0);
        QCOMPARE(quantityOf(basket, f().honeyId), qint64(0));
        QCOMPARE(LateChangeRepository(store()).listForBasket(basket).value().size(), 0);
    }

    void aLineOfAClosedCatalogueNeedsConfirmationAndChangesNothingWithout()
    {
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().carrotsId, 2, {}}})); },
                               ErrorKind::NeedsConfirmation, u"Légumes et fromages"_s);
        // The honey catalogue is still open: no confirmation.
        QVERIFY(!saved(memberEdit(f().memberId, {{f().honeyId, 1, {}}})).isEmpty());
        QCOMPARE(LateChangeRepository(store()).listForDistribution(f().distributionId).value().size(), 0);
    }

    void aConfirmedLateAdditionIsRecordedWithWhoWhenWhatBeforeAndAfter()
    {
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        auto result = OrderService(store()).save(
            memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}, false, LatePolicy::Record));
        QVERIFY(result);
        QCOMPARE(result->lateChanges, 1);
        const QList<LateChange> late = LateChangeRepository(store()).listForDistribution(f().distributionId).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().productId, f().carrotsId);
        QCOMPARE(late.first().catalogueId, f().catalogueId);
        QCOMPARE(late.first().basketId, result->basketId);
        QCOMPARE(late.first().kind, LateChange::Kind::Add);
        QVERIFY(!late.first().quantityBefore.has_value());
        QCOMPARE(late.first().quantityAfter.value_or(-1), qint64(2));
        QCOMPARE(late.first().userName, u"Test Coordinator"_s);
        QCOMPARE(late.first().at, OrderFixture::afterVegetablesClosed());
        QCOMPARE(late.first().windowClosedAt, QDateTime(QDate(2026, 12, 1), QTime(16, 0), QTimeZone::utc()));
    }

    void lateChangesAndRemovalsRecordTheQuantityBefore()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().cheeseId, 400, {}}}));
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        QVERIFY(OrderService(store()).save(
            memberEdit(f().memberId, {{f().carrotsId, 5, {}}, {f().cheeseId, 0, {}}}, false, LatePolicy::Record)));
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(basket).value();
        QCOMPARE(late.size(), 2);
        const LateChange &change = late.at(late.first().productId == f().carrotsId ? 0 : 1);
        const LateChange &removal = late.at(late.first().productId == f().carrotsId ? 1 : 0);
        QCOMPARE(change.kind, LateChange::Kind::Change);
        QCOMPARE(change.quantityBefore.value_or(-1), qint64(2));
        QCOMPARE(change.quantityAfter.value_or(-1), qint64(5));
        QCOMPARE(removal.kind, LateChange::Kind::Remove);
        QCOMPARE(removal.quantityBefore.value_or(-1), qint64(400));
        QVERIFY(!removal.quantityAfter.has_value());
    }

    void validatingAnOrderInProgressAfterClosingIsALateChange()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        expectRefusedUnchanged([&] { return OrderService(store()).validate(basket, LatePolicy::Refuse); },
                               ErrorKind::NeedsConfirmation, u"Légumes et fromages"_s);
        QVERIFY(OrderService(store()).validate(basket, LatePolicy::Record));
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(basket).value();
        QCOMPARE(late.size(), 1); // the carrots; the honey's window is still open
        QCOMPARE(late.first().kind, LateChange::Kind::Validate);
        QCOMPARE(late.first().quantityAfter.value_or(-1), qint64(2));
    }

    void cancellingAValidatedOrderAfterClosingIsALateChange()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}, true));
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        expectRefusedUnchanged([&] { return OrderService(store()).cancel(basket, LatePolicy::Refuse); },
                               ErrorKind::NeedsConfirmation, u"confirm"_s);
        QVERIFY(OrderService(store()).cancel(basket, LatePolicy::Record));
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(basket).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().kind, LateChange::Kind::Cancel);
        QCOMPARE(late.first().quantityBefore.value_or(-1), qint64(2));
    }

    void lateChangesOfACatalogueAreListedAfterAGivenInstant()
    {
        const QDateTime summaryIssued(QDate(2026, 12, 2), QTime(8, 0), QTimeZone::utc());
        store().clock().setFixed(summaryIssued.addSecs(-600));
        saved(memberEdit(f().memberId, {{f().carrotsId, 1, {}}}, false, LatePolicy::Record));
        store().clock().setFixed(summaryIssued.addSecs(600));
        saved(memberEdit(f().otherMemberId, {{f().carrotsId, 1, {}}}, false, LatePolicy::Record));
        LateChangeRepository late(store());
        QCOMPARE(late.listForCatalogue(f().distributionId, f().catalogueId).value().size(), 2);
        const auto after = late.listForCatalogue(f().distributionId, f().catalogueId, summaryIssued).value();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().at, summaryIssued.addSecs(600));
        QCOMPARE(late.listForCatalogue(f().distributionId, f().honeyCatalogueId).value().size(), 0);
    }

    void lateChangesAreReplicated()
    {
        QVERIFY(Schema::table(u"late_change"_s));
        QVERIFY(Schema::table(u"late_change"_s)->hasColumn(u"quantity_before"_s));
        // Every field of a late change is a replicated column, written through the single write
        // path: read from the table itself, the row says who, when, what, before and after.
        for (const char *column : {"distribution_id", "catalogue_id", "basket_id", "product_id", "kind", "quantity_before",
                                   "quantity_after", "at", "user_name", "window_closed_at"})
            QVERIFY2(Schema::table(u"late_change"_s)->columns.contains(QLatin1StringView(column)), column);
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}));
        store().clock().setFixed(OrderFixture::afterVegetablesClosed());
        QVERIFY(OrderService(store()).setLine(basket, f().carrotsId, 5, LatePolicy::Record));
        Query query(store().database(),
                    u"SELECT distribution_id, catalogue_id, product_id, kind, quantity_before, quantity_after, at, "
                    "user_name, window_closed_at, updated_at, updated_by, deleted FROM late_change WHERE basket_id = ?"_s);
        query.bind(basket);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.text(0), f().distributionId);
        QCOMPARE(query.text(1), f().catalogueId);
        QCOMPARE(query.text(2), f().carrotsId);
        QCOMPARE(query.text(3), u"change"_s);
        QCOMPARE(query.integer(4), qint64(2));
        QCOMPARE(query.integer(5), qint64(5));
        QCOMPARE(query.text(6), u"2026-12-02T09:00:00.000Z"_s);
        QCOMPARE(query.text(7), u"Test Coordinator"_s);
        QCOMPARE(query.text(8), u"2026-12-01T16:00:00.000Z"_s);
        QCOMPARE(query.text(9), u"2026-12-02T09:00:00.000Z"_s);
        QCOMPARE(query.text(10), u"Test Coordinator"_s);
        QCOMPARE(query.integer(11), qint64(0));
        QVERIFY(!query.next());
    }

    // --- stock ---

    void aLineBeyondTheRemainingStockIsRefusedWithWhatIsLeft()
    {
        f().setOffer(f().eggsId, 5);
        saved(memberEdit(f().otherMemberId, {{f().eggsId, 3, {}}}));
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().eggsId, 3, {}}})); },
                               ErrorKind::Validation, u"Only 2 of “Œufs (boîte de 6)” left"_s);
        QVERIFY(!saved(memberEdit(f().memberId, {{f().eggsId, 2, {}}})).isEmpty());
        const QString third = f().addMember(u"Zoé"_s, u"Roux"_s, u"06 00 00 00 01"_s);
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(third, {{f().eggsId, 1, {}}})); },
                               ErrorKind::Validation, u"sold out"_s);
    }

    void aBasketKeepsItsOwnShareOfTheStock()
    {
        f().setOffer(f().eggsId, 5);
        const QString basket = saved(memberEdit(f().memberId, {{f().eggsId, 4, {}}}));
        // Its own four count as its own: five in all fit.
        QVERIFY(OrderService(store()).setLine(basket, f().eggsId, 5, LatePolicy::Refuse));
    }

    void cancelledOrdersDoNotHoldStock()
    {
        f().setOffer(f().eggsId, 5);
        const QString other = saved(memberEdit(f().otherMemberId, {{f().eggsId, 5, {}}}));
        QVERIFY(OrderService(store()).cancel(other, LatePolicy::Refuse));
        QVERIFY(!saved(memberEdit(f().memberId, {{f().eggsId, 5, {}}})).isEmpty());
        // Reopening the cancelled order would exceed the stock.
        BasketEdit reopen;
        reopen.basketId = other;
        reopen.reopen = true;
        reopen.lines = {{f().eggsId, 5, {}}};
        expectRefusedUnchanged([&] { return OrderService(store()).save(reopen); }, ErrorKind::Validation, u"sold out"_s);
    }

    // A line taken out of another order is a tombstone: it holds no stock any more.
    void aLineTakenOutOfAnotherOrderFreesItsStock()
    {
        f().setOffer(f().eggsId, 5);
        const QString other = saved(memberEdit(f().otherMemberId, {{f().eggsId, 5, {}}, {f().carrotsId, 1, {}}}));
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().eggsId, 1, {}}})); },
                               ErrorKind::Validation, u"sold out"_s);
        QVERIFY(OrderService(store()).setLine(other, f().eggsId, 0));
        QVERIFY(!saved(memberEdit(f().memberId, {{f().eggsId, 5, {}}})).isEmpty());
    }

    void weightStockIsCountedInGrams()
    {
        f().setOffer(f().cheeseId, 2000);
        saved(memberEdit(f().otherMemberId, {{f().cheeseId, 1500, {}}}));
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().cheeseId, 600, {}}})); },
                               ErrorKind::Validation, u"Only 500"_s);
    }

    void lessThanBeforeIsAcceptedEvenBeyondALoweredStock()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().eggsId, 6, {}}}));
        f().setOffer(f().eggsId, 2);
        QVERIFY(OrderService(store()).setLine(basket, f().eggsId, 4, LatePolicy::Refuse));
    }

    // --- producers ---

    void aProducerChangesOnlyTheLinesOfTheirOwnCatalogues()
    {
        f().actAsProducer();
        QCOMPARE(OrderService(store()).actor().value().role, User::Role::Producer);
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().memberId, {{f().honeyId, 1, {}}})); },
                               ErrorKind::Conflict, u"another producer"_s);
        // A basket for a member who has none.
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}}));
        QVERIFY(!basket.isEmpty());
    }

    // The same reach through setLine, on a line another producer's catalogue already has in
    // the basket: neither changed nor taken out, and nothing written.
    void aProducerCannotChangeOrTakeOutAnotherProducersExistingLine()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        f().actAsProducer();
        for (const qint64 quantity : {qint64(3), qint64(0)})
            expectRefusedUnchanged([&] { return OrderService(store()).setLine(basket, f().honeyId, quantity, LatePolicy::Refuse); },
                                   ErrorKind::Conflict, u"another producer"_s);
        QVERIFY(OrderService(store()).setLine(basket, f().carrotsId, 4, LatePolicy::Refuse));
        f().actAsCoordinator();
        QCOMPARE(quantityOf(basket, f().honeyId), qint64(1));
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(4));
    }

    void aProducerSavingTheirLinesLeavesTheOthersAlone()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        f().actAsProducer();
        BasketEdit edit = memberEdit(f().memberId, {{f().cheeseId, 300, {}}});
        edit.replaceOtherLines = true;
        QVERIFY(OrderService(store()).save(edit));
        QCOMPARE(quantityOf(basket, f().honeyId), qint64(1));
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(0));
        QCOMPARE(quantityOf(basket, f().cheeseId), qint64(300));
        // They see their own lines only.
        const QList<OrderLine> seen = OrderService(store()).linesInReach(basket).value();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().productId, f().cheeseId);
    }

    void aProducerMayNotValidateOrCancelAnOrderHoldingOtherCatalogues()
    {
        const QString mixed = saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        const QString own = saved(memberEdit(f().otherMemberId, {{f().carrotsId, 1, {}}}));
        f().actAsProducer();
        expectRefusedUnchanged([&] { return OrderService(store()).validate(mixed, LatePolicy::Refuse); },
                               ErrorKind::Conflict, u"coordinator"_s);
        expectRefusedUnchanged([&] { return OrderService(store()).cancel(mixed, LatePolicy::Refuse); },
                               ErrorKind::Conflict, u"coordinator"_s);
        QVERIFY(OrderService(store()).validate(own, LatePolicy::Refuse));
        QVERIFY(OrderService(store()).cancel(own, LatePolicy::Refuse));
    }

    void aProducerSeesOnlyTheirCataloguesAndTheOrdersHoldingThem()
    {
        saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        saved(memberEdit(f().otherMemberId, {{f().honeyId, 3, {}}}));
        const OrderActor producer = OrderActor::producer(f().producerUserName, f().fermeId);
        const DistributionOrders orders = DistributionOrdersQuery(store()).of(f().distributionId, producer).value();
        QCOMPARE(orders.catalogues.size(), 1);
        QCOMPARE(orders.catalogues.first().catalogueId, f().catalogueId);
        QCOMPARE(orders.rows.size(), 1);
        QCOMPARE(orders.rows.first().memberId, f().memberId);
        QCOMPARE(orders.rows.first().totalCents, qint64(480)); // their carrots only, not the honey
    }

    void aProducersLastChangeIsTheirOwnLinesLastChange()
    {
        store().setActor(u"Claire au comptoir"_s);
        saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 1, {}}}));
        // Later, the honey of the same order changes: someone else's line, someone else's name.
        store().clock().setFixed(OrderFixture::whileOpen().addSecs(600));
        store().setActor(u"Rucher du coteau"_s);
        saved(memberEdit(f().memberId, {{f().carrotsId, 2, {}}, {f().honeyId, 4, {}}}));

        const OrderActor producer = OrderActor::producer(f().producerUserName, f().fermeId);
        const DistributionOrders theirs = DistributionOrdersQuery(store()).of(f().distributionId, producer).value();
        QCOMPARE(theirs.rows.size(), 1);
        QCOMPARE(theirs.rows.first().lastChangeBy, u"Claire au comptoir"_s);
        QCOMPARE(theirs.rows.first().lastChangeAt, OrderFixture::whileOpen());

        const DistributionOrders all =
            DistributionOrdersQuery(store()).of(f().distributionId, OrderActor::coordinator(u"x"_s)).value();
        QCOMPARE(all.rows.first().lastChangeBy, u"Rucher du coteau"_s);
    }

    // --- the orders of a distribution ---

    void theOrdersOfADistributionWithTotalsPerCatalogue()
    {
        saved(memberEdit(f().memberId, {{f().cheeseId, 1237, {}}, {f().honeyId, 1, {}}}, true));
        store().clock().setFixed(OrderFixture::whileOpen().addSecs(60));
        store().setActor(u"Claire au comptoir"_s);
        saved(memberEdit(f().otherMemberId, {{f().carrotsId, 2, {}}}));
        OrderService orders(store());
        const Basket cart = orders.openAnonymousCart(f().distributionId).value();
        QVERIFY(orders.setLine(cart.id, f().carrotsId, 1));

        const DistributionOrders all = DistributionOrdersQuery(store())
                                           .of(f().distributionId, OrderActor::coordinator(u"x"_s))
                                           .value();
        QCOMPARE(all.rows.size(), 3);
        QCOMPARE(all.rows.at(0).memberName, u"Dupré Hélène"_s);
        QCOMPARE(all.rows.at(0).status, Basket::Status::Validated);
        QCOMPARE(all.rows.at(0).totalCents, qint64(2338 + 850));
        QCOMPARE(all.rows.at(0).lineCount, 2);
        QCOMPARE(all.rows.at(1).memberName, u"Martin Paul"_s);
        QCOMPARE(all.rows.at(1).lastChangeBy, u"Claire au comptoir"_s);
        QCOMPARE(all.rows.at(1).lastChangeAt, OrderFixture::whileOpen().addSecs(60));
        QVERIFY(all.rows.at(2).isAnonymous());
        QCOMPARE(all.rows.at(2).totalCents, qint64(240));

        QCOMPARE(all.catalogues.size(), 2);
        const CatalogueOrders &vegetables = all.catalogues.at(0).catalogueId == f().catalogueId ? all.catalogues.at(0)
                                                                                               : all.catalogues.at(1);
        QCOMPARE(vegetables.validatedCount, 1);
        QCOMPARE(vegetables.validatedCents, qint64(2338));
        QCOMPARE(vegetables.inProgressCount, 2); // Martin and the anonymous cart
        QCOMPARE(vegetables.inProgressCents, qint64(480 + 240));

        const QList<OrderRow> honey = all.forCatalogue(f().honeyCatalogueId);
        QCOMPARE(honey.size(), 1);
        QCOMPARE(honey.first().totalCents, qint64(850));
    }

    void overviewCountsAndTotals()
    {
        saved(memberEdit(f().memberId, {{f().cheeseId, 1237, {}}}, true));
        saved(memberEdit(f().otherMemberId, {{f().carrotsId, 2, {}}}));
        OrderService orders(store());
        const Basket cart = orders.openAnonymousCart(f().distributionId).value();
        QVERIFY(orders.setLine(cart.id, f().carrotsId, 1));

        auto overviews = DistributionOverviewQuery(store()).between(QDate(2026, 12, 1), QDate(2026, 12, 31));
        QVERIFY(overviews);
        QCOMPARE(overviews->size(), 1);
        const DistributionOverview &overview = overviews->first();
        QCOMPARE(overview.validatedCount, 1);
        QCOMPARE(overview.inProgressCount, 1);
        QCOMPARE(overview.anonymousCartCount, 1);
        QCOMPARE(overview.validatedCents, qint64(2338));
        QCOMPARE(overview.inProgressCents, qint64(720));
    }

    // --- "same as last time" ---

    void thePreviousBasketIsTheLatestValidatedOneOfAnEarlierDistribution()
    {
        store().clock().setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc()));
        const QString earlier = f().addDistribution(QDate(2026, 11, 26), {f().catalogueId, f().honeyCatalogueId});
        const QString older = f().addDistribution(QDate(2026, 11, 19), {f().catalogueId});
        BasketEdit edit = memberEdit(f().memberId, {{f().carrotsId, 3, {}}, {f().honeyId, 2, {}}}, true,
                                     LatePolicy::Record);
        edit.distributionId = earlier;
        QVERIFY(OrderService(store()).save(edit));
        edit.distributionId = older;
        edit.lines = {{f().carrotsId, 9, {}}};
        QVERIFY(OrderService(store()).save(edit));
        store().clock().setFixed(OrderFixture::whileOpen());

        const auto previous = OrderService(store()).previousBasket(f().distributionId, f().memberId).value();
        QVERIFY(previous.has_value());
        QCOMPARE(previous->distributionDate, QDate(2026, 11, 26));
        QCOMPARE(previous->lines.size(), 2);
        QVERIFY(!OrderService(store()).previousBasket(f().distributionId, f().otherMemberId).value().has_value());

        f().actAsProducer();
        const auto seen = OrderService(store()).previousBasket(f().distributionId, f().memberId).value();
        QCOMPARE(seen->lines.size(), 1); // the producer sees their carrots only
    }

    // --- bad input changes nothing ---

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("amongOthers");
        QTest::newRow("negative") << u"carrots"_s << qint64(-2) << int(ErrorKind::Validation) << u"cannot be negative"_s << true;
        QTest::newRow("zero, new order") << u"carrots"_s << qint64(0) << int(ErrorKind::Validation) << u"not in this order"_s << false;
        QTest::newRow("absurd pieces") << u"carrots"_s << qint64(20000) << int(ErrorKind::Validation) << u"not plausible"_s << true;
        QTest::newRow("absurd weight") << u"cheese"_s << qint64(2'000'000) << int(ErrorKind::Validation) << u"not plausible"_s << true;
        QTest::newRow("unknown product") << u"nothing"_s << qint64(1) << int(ErrorKind::NotFound) << u"No product"_s << true;
        QTest::newRow("catalogue not taking part") << u"jam"_s << qint64(1) << int(ErrorKind::Validation) << u"not offered"_s << true;
        QTest::newRow("left out of the distribution") << u"eggs"_s << qint64(1) << int(ErrorKind::Validation) << u"left out"_s << true;
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, product);
        QFETCH(qint64, quantity);
        QFETCH(int, kind);
        QFETCH(QString, words);
        QFETCH(bool, amongOthers);
        f().setOffer(f().eggsId, std::nullopt, true);
        const QHash<QString, QString> products{{u"carrots"_s, f().carrotsId}, {u"cheese"_s, f().cheeseId},
                                               {u"jam"_s, f().jamId}, {u"eggs"_s, f().eggsId},
                                               {u"nothing"_s, u"00000000-0000-0000-0000-000000000000"_s}};
        saved(memberEdit(f().otherMemberId, {{f().carrotsId, 1, {}}}));
        expectRefusedUnchanged(
            [&] { return OrderService(store()).save(memberEdit(f().memberId, {{products.value(product), quantity, {}}})); },
            ErrorKind(kind), words);
        // A refused line among good ones refuses the whole save (a zero there takes a line out).
        if (amongOthers)
            expectRefusedUnchanged(
            [&] {
                return OrderService(store()).save(
                    memberEdit(f().otherMemberId, {{f().honeyId, 1, {}}, {products.value(product), quantity, {}}}));
            },
            ErrorKind(kind), words);
    }

    void anUnknownMemberOrDistributionIsRefused()
    {
        expectRefusedUnchanged(
            [&] { return OrderService(store()).save(memberEdit(u"no-such-member"_s, {{f().carrotsId, 1, {}}})); },
            ErrorKind::NotFound, u"No member"_s);
        BasketEdit edit = memberEdit(f().memberId, {{f().carrotsId, 1, {}}});
        edit.distributionId = u"no-such-distribution"_s;
        expectRefusedUnchanged([&] { return OrderService(store()).save(edit); }, ErrorKind::NotFound, u"No distribution"_s);
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit({}, {{f().carrotsId, 1, {}}})); },
                               ErrorKind::Validation, u"member"_s);
    }

    void theOrdersOfACancelledDistributionDoNotChange()
    {
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 1, {}}}));
        f().cancelDistribution(f().distributionId);
        expectRefusedUnchanged([&] { return OrderService(store()).save(memberEdit(f().otherMemberId, {{f().carrotsId, 1, {}}})); },
                               ErrorKind::Conflict, u"cancelled"_s);
        expectRefusedUnchanged([&] { return OrderService(store()).validate(basket, LatePolicy::Record); },
                               ErrorKind::Conflict, u"cancelled"_s);
    }

    void anOrderWithoutProductsCannotBeValidated()
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(f().distributionId, f().memberId, Basket::Source::Coordinator).value();
        expectRefusedUnchanged([&] { return orders.validate(basket.id, LatePolicy::Refuse); }, ErrorKind::Validation,
                               u"without any product"_s);
    }

    void anonymousCartsHaveNoMember()
    {
        OrderService orders(store());
        auto cart = orders.openAnonymousCart(f().distributionId);
        QVERIFY(cart);
        QVERIFY(cart->isAnonymous());
        auto second = orders.openAnonymousCart(f().distributionId);
        QVERIFY(second);
        QVERIFY(second->id != cart->id);
        QCOMPARE(orders.baskets(f().distributionId).value().size(), 2);
    }

    void everySaveIsAuditedWithWhoActed()
    {
        store().setActor(u"Claire au comptoir"_s);
        const QString basket = saved(memberEdit(f().memberId, {{f().carrotsId, 1, {}}}));
        Query audit(store().database(), u"SELECT count(*) FROM audit_entry WHERE row_id = ? AND user_name = ?"_s);
        audit.bind(basket).bind(u"Claire au comptoir"_s);
        QVERIFY(audit.exec() && audit.next());
        QCOMPARE(audit.integer(0), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
