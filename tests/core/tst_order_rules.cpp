// Each order rule has one home that the order dialog and the save both ask: the stock left
// (StockLeft, read by OrderEntryOffer and by StockQuery), the late changes (LateRule, asked by
// OrderDraft and by BasketPlanner), and the save's rules for an opened basket.
#include "tst_orders_fixture.h"

#include "DatabaseSnapshot.h"
#include "orders/BasketPlan.h"
#include "orders/LateRule.h"
#include "orders/OrderContext.h"
#include "orders/OrderDraft.h"
#include "queries/OrderEntryQuery.h"
#include "queries/StockQuery.h"
#include "repositories/OrderLineRepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestOrderRules : public QObject {
    Q_OBJECT

    std::unique_ptr<OrderFixture> m_fixture;
    OrderFixture &f() { return *m_fixture; }
    Store &store() { return f().store(); }

    static OrderActor coordinator() { return OrderActor::coordinator(u"Test Coordinator"_s); }

    QString addMember(const QString &last)
    {
        static int phone = 10;
        return f().addMember(u"Anne"_s, last, u"06 11 22 33 %1"_s.arg(++phone));
    }

    // What the order dialog says is left of `productId` for the member's order.
    std::optional<qint64> leftInTheDialog(const QString &memberId, const QString &productId)
    {
        const OrderEntryOffer offer = OrderEntryQuery(store()).load(f().distributionId, coordinator()).value();
        OrderDraft draft(offer);
        auto basket = OrderService(store()).basketOf(f().distributionId, memberId).value();
        const QList<OrderLine> lines = basket ? OrderLineRepository(store()).listForBasket(basket->id).value()
                                              : QList<OrderLine>();
        draft.start(memberId, basket, lines);
        return draft.available(productId);
    }

    // What a save of the member's order checks against.
    std::optional<qint64> leftInTheSave(const QString &memberId, const QString &productId)
    {
        auto basket = OrderService(store()).basketOf(f().distributionId, memberId).value();
        return StockQuery(store()).leftFor(f().distributionId, productId, basket ? basket->id : Ids::create()).value();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<OrderFixture>();
        store().clock().setFixed(OrderFixture::whileOpen());
    }

    void theDialogAndTheSaveLeaveTheSameStock_data()
    {
        QTest::addColumn<QString>("ownBasket"); // none, in_progress, validated, cancelled
        QTest::newRow("no basket yet") << u"none"_s;
        QTest::newRow("own basket in progress") << u"in_progress"_s;
        QTest::newRow("own basket validated") << u"validated"_s;
        QTest::newRow("own basket cancelled") << u"cancelled"_s;
    }

    void theDialogAndTheSaveLeaveTheSameStock()
    {
        QFETCH(QString, ownBasket);
        f().setOffer(f().carrotsId, 10);
        f().saveOrder(addMember(u"Validée"_s), {{f().carrotsId, 3, {}}}, true);
        f().saveOrder(addMember(u"EnCours"_s), {{f().carrotsId, 2, {}}});
        const QString cancelled = f().saveOrder(addMember(u"Annulée"_s), {{f().carrotsId, 4, {}}});
        QVERIFY(OrderService(store()).cancel(cancelled));
        f().saveOrder(addMember(u"Autre"_s), {{f().honeyId, 5, {}}}); // another product counts for nothing
        if (ownBasket != u"none"_s) {
            const QString own = f().saveOrder(f().memberId, {{f().carrotsId, 1, {}}}, ownBasket == u"validated"_s);
            if (ownBasket == u"cancelled"_s)
                QVERIFY(OrderService(store()).cancel(own));
        }

        // 10 in stock, 3 validated and 2 in progress elsewhere; the cancelled 4 and the member's
        // own line do not count against them.
        QCOMPARE(leftInTheDialog(f().memberId, f().carrotsId), std::optional<qint64>(5));
        QCOMPARE(leftInTheSave(f().memberId, f().carrotsId), std::optional<qint64>(5));
        // Without a stock, neither sees a limit.
        QCOMPARE(leftInTheDialog(f().memberId, f().eggsId), std::nullopt);
        QCOMPARE(leftInTheSave(f().memberId, f().eggsId), std::nullopt);
    }

    void theSaveRefusesWhatTheDialogRefuses()
    {
        f().setOffer(f().carrotsId, 4);
        f().saveOrder(f().otherMemberId, {{f().carrotsId, 3, {}}}, true);
        const OrderEntryOffer offer = OrderEntryQuery(store()).load(f().distributionId, coordinator()).value();
        OrderDraft draft(offer);
        draft.start(f().memberId, std::nullopt, {});
        const Status inDialog = draft.check(f().carrotsId, LineQuantity{2, 0});
        QVERIFY(!inDialog);

        const QString before = DatabaseSnapshot::take(store());
        BasketEdit edit;
        edit.distributionId = f().distributionId;
        edit.memberId = f().memberId;
        edit.lines = {{f().carrotsId, 2, {}}};
        auto saved = OrderService(store()).save(edit);
        QVERIFY(!saved);
        QCOMPARE(saved.error().message(), inDialog.error().message());
        QCOMPARE(saved.error().message(), u"Only 1 of “Carottes (botte)” left for this distribution."_s);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        QVERIFY(draft.check(f().carrotsId, LineQuantity{1, 0}));
    }

    void lateLinesAreTheChangesOfClosedCatalogues()
    {
        const auto closed = [](const QString &catalogue) { return catalogue == u"closed"_s; };
        const LineQuantity one{1, 0};
        const LineQuantity two{2, 0};
        const QList<LineChange> lines = {
            {u"added"_s, u"closed"_s, std::nullopt, one},     {u"changed"_s, u"closed"_s, one, two},
            {u"removed"_s, u"closed"_s, two, std::nullopt},   {u"kept"_s, u"closed"_s, two, two},
            {u"open-added"_s, u"open"_s, std::nullopt, one},  {u"open-kept"_s, u"open"_s, one, one},
        };
        const QList<LateRule::LateLine> late = LateRule::lateLines(lines, false, closed);
        QCOMPARE(late.size(), 3);
        QCOMPARE(late.at(0).kind, LateChange::Kind::Add);
        QCOMPARE(late.at(0).quantityBefore, std::nullopt);
        QCOMPARE(late.at(0).quantityAfter, std::optional<qint64>(1));
        QCOMPARE(late.at(1).kind, LateChange::Kind::Change);
        QCOMPARE(late.at(1).quantityBefore, std::optional<qint64>(1));
        QCOMPARE(late.at(1).quantityAfter, std::optional<qint64>(2));
        QCOMPARE(late.at(2).kind, LateChange::Kind::Remove);
        QCOMPARE(late.at(2).quantityAfter, std::nullopt);

        // Validating an order in progress makes its unchanged lines of closed catalogues count.
        const QList<LateRule::LateLine> validating = LateRule::lateLines(lines, true, closed);
        QCOMPARE(validating.size(), 4);
        QCOMPARE(validating.at(3).line.productId, u"kept"_s);
        QCOMPARE(validating.at(3).kind, LateChange::Kind::Validate);
        QCOMPARE(validating.at(3).quantityBefore, std::nullopt);
        QCOMPARE(validating.at(3).quantityAfter, std::optional<qint64>(2));
        QCOMPARE(LateRule::catalogues(validating), QStringList{u"closed"_s});
    }

    void theDialogAndTheSaveFindTheSameLateCatalogues_data()
    {
        QTest::addColumn<bool>("validate");
        QTest::addColumn<bool>("changeCheese");
        QTest::addColumn<QStringList>("expected"); // "vegetables", "honey"
        QTest::newRow("kept in progress, nothing changed") << false << false << QStringList();
        QTest::newRow("kept in progress, a closed line changed") << false << true << QStringList{u"vegetables"_s};
        QTest::newRow("validated, nothing changed") << true << false << QStringList{u"vegetables"_s};
        QTest::newRow("validated, a closed line changed") << true << true << QStringList{u"vegetables"_s};
    }

    void theDialogAndTheSaveFindTheSameLateCatalogues()
    {
        QFETCH(bool, validate);
        QFETCH(bool, changeCheese);
        QFETCH(QStringList, expected);
        f().saveOrder(f().memberId, {{f().cheeseId, 400, {}}, {f().honeyId, 1, {}}});
        store().clock().setFixed(OrderFixture::afterVegetablesClosed()); // honey still open

        const OrderEntryOffer offer = OrderEntryQuery(store()).load(f().distributionId, coordinator()).value();
        OrderDraft draft(offer);
        auto basket = OrderService(store()).basketOf(f().distributionId, f().memberId).value();
        draft.start(f().memberId, basket, OrderLineRepository(store()).listForBasket(basket->id).value());
        draft.replaceLine(draft.indexOf(f().honeyId), DraftLine{f().honeyId, LineQuantity{2, 0}, {}, {}});
        if (changeCheese)
            draft.replaceLine(draft.indexOf(f().cheeseId), DraftLine{f().cheeseId, LineQuantity{500, 500}, {}, {}});

        QStringList expectedIds;
        for (const QString &name : expected)
            expectedIds.append(name == u"vegetables"_s ? f().catalogueId : f().honeyCatalogueId);
        QCOMPARE(draft.lateCatalogues(store().clock().now(), validate), expectedIds);

        OrderContext context(store(), coordinator());
        auto plan = BasketPlanner(context).plan(draft.edit(validate, LatePolicy::Record));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message()));
        QCOMPARE(LateRule::catalogues(plan->late), expectedIds);

        // Refused, the save names the same catalogues and writes nothing.
        if (!expectedIds.isEmpty()) {
            const QString before = DatabaseSnapshot::take(store());
            auto saved = OrderService(store()).save(draft.edit(validate, LatePolicy::Refuse));
            QVERIFY(!saved);
            QCOMPARE(saved.error().kind(), ErrorKind::NeedsConfirmation);
            QVERIFY2(saved.error().message().contains(u"“Légumes et fromages” closed on "_s),
                     qPrintable(saved.error().message()));
            QVERIFY(!saved.error().message().contains(u"Miels"_s));
            QCOMPARE(DatabaseSnapshot::take(store()), before);
        }
    }

    void anOpenedBasketFollowsTheSaveRules()
    {
        // A basket opened without a line still obeys the save's rules: none in a cancelled
        // distribution, and nothing written when refused.
        f().cancelDistribution(f().distributionId);
        const QString before = DatabaseSnapshot::take(store());
        auto opened = OrderService(store()).openBasket(f().distributionId, f().memberId, Basket::Source::Coordinator);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), ErrorKind::Conflict);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void anOpenedBasketIsTheMembersOnlyBasket()
    {
        auto first = OrderService(store()).openBasket(f().distributionId, f().memberId, Basket::Source::Coordinator);
        QVERIFY(first);
        QCOMPARE(first->status, Basket::Status::InProgress);
        QVERIFY(OrderService(store()).lines(first->id)->isEmpty());
        auto again = OrderService(store()).openBasket(f().distributionId, f().memberId, Basket::Source::Member);
        QVERIFY(again);
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->source, Basket::Source::Coordinator);
    }

    void aCancelledBasketReopensOnlyWithinTheStock()
    {
        f().setOffer(f().carrotsId, 3);
        const QString own = f().saveOrder(f().memberId, {{f().carrotsId, 2, {}}});
        QVERIFY(OrderService(store()).cancel(own));
        f().saveOrder(f().otherMemberId, {{f().carrotsId, 2, {}}});
        const QString before = DatabaseSnapshot::take(store());
        auto reopened = OrderService(store()).openBasket(f().distributionId, f().memberId, Basket::Source::Coordinator);
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().message(), u"Only 1 of “Carottes (botte)” left for this distribution."_s);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }
};

QTEST_GUILESS_MAIN(TestOrderRules)
#include "tst_order_rules.moc"
