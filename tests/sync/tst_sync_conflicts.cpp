#include "SyncTestSupport.h"
#include "TestStore.h"
#include "services/MemberMerge.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/SqlValue.h"
#include "store/Store.h"
#include "sync/ConflictLog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTestSupport;

// The conflict rule of docs/SYNC.md: fields merge one by one, the later arrival at the server
// wins a field both desks changed, a cancelled basket is never silently revalidated, two baskets
// of one member and distribution become one, and every value lost is in the conflict log.
class TestSyncConflicts : public QObject {
    Q_OBJECT

    QString m_url;
    std::unique_ptr<TestStore> m_a;
    std::unique_ptr<TestStore> m_b;
    Market m_market;

    Store &a() { return m_a->store(); }
    Store &b() { return m_b->store(); }

    void syncOk(Store &store)
    {
        auto report = sync(store, m_url);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message() + u" / "_s + report.error().detail()));
    }

    Member member(Store &store, const QString &id) { return MemberService(store).find(id).value(); }

    QList<ConflictEntry> conflicts(Store &store) { return ConflictLog(store.database()).list().value(); }

    QString basketStatus(Store &store, const QString &id)
    {
        Query query(store.database(), u"SELECT status FROM basket WHERE id = ?"_s);
        query.bind(id);
        return query.exec() && query.next() ? query.text(0) : QString();
    }

    // The basket's validated_at as stored, "NULL" when it has none.
    QString basketValidatedAt(Store &store, const QString &id)
    {
        Query query(store.database(), u"SELECT coalesce(validated_at, 'NULL') FROM basket WHERE id = ?"_s);
        query.bind(id);
        return query.exec() && query.next() ? query.text(0) : QString();
    }

    // product id → quantity, for the live lines of the member's live basket
    QMap<QString, qint64> basketContents(Store &store, const QString &memberId)
    {
        QMap<QString, qint64> contents;
        Query query(store.database(), u"SELECT l.product_id, l.quantity FROM order_line l JOIN basket b ON b.id = l.basket_id "
                                      "WHERE b.member_id = ? AND b.distribution_id = ? AND b.deleted = 0 AND l.deleted = 0"_s);
        query.bind(memberId).bind(m_market.distributionId);
        if (query.exec()) {
            while (query.next())
                contents.insert(query.text(0), query.integer(1));
        }
        return contents;
    }

private slots:
    void init()
    {
        m_url = newServer(u"conflicts"_s);
        m_a = std::make_unique<TestStore>();
        a().setActor(u"Desk A"_s);
        m_market = buildMarket(a());
        syncOk(a());
        m_b = std::make_unique<TestStore>(false);
        syncOk(b());
        b().setActor(u"Desk B"_s);
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void fieldsChangedOnTwoDesksBothArrive()
    {
        const QString id = m_market.memberIds.at(0);
        Member onA = member(a(), id);
        onA.phone = u"0699999999"_s;
        QVERIFY(MemberService(a()).update(onA));
        Member onB = member(b(), id);
        onB.email = u"alice@example.org"_s;
        QVERIFY(MemberService(b()).update(onB));

        syncOk(a());
        auto report = sync(b(), m_url);
        QVERIFY(report);
        QCOMPARE(report->conflicts, 0);
        syncOk(a());

        for (Store *desk : {&a(), &b()}) {
            const Member merged = member(*desk, id);
            QCOMPARE(merged.phone, u"+33699999999"_s);
            QCOMPARE(merged.email, u"alice@example.org"_s);
            QVERIFY(conflicts(*desk).isEmpty());
        }
        QCOMPARE(replicatedData(b()), replicatedData(a()));
    }

    void theLaterArrivalWinsAFieldBothChangedAndTheLoserIsLogged_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("A arrives first") << true;
        QTest::newRow("B arrives first") << false;
    }

    void theLaterArrivalWinsAFieldBothChangedAndTheLoserIsLogged()
    {
        QFETCH(bool, aFirst);
        const QString id = m_market.memberIds.at(1);
        Member onA = member(a(), id);
        onA.notes = u"Note de A"_s;
        QVERIFY(MemberService(a()).update(onA));
        // B's clock says later, which changes nothing: arrival at the server decides.
        b().clock().setFixed(a().clock().now().addSecs(3600));
        Member onB = member(b(), id);
        onB.notes = u"Note de B"_s;
        QVERIFY(MemberService(b()).update(onB));

        Store &first = aFirst ? a() : b();
        Store &second = aFirst ? b() : a();
        syncOk(first);
        auto report = sync(second, m_url);
        QVERIFY(report);
        QCOMPARE(report->conflicts, 1);
        syncOk(first);

        const QString winner = aFirst ? u"Note de B"_s : u"Note de A"_s;
        const QString loser = aFirst ? u"Note de A"_s : u"Note de B"_s;
        for (Store *desk : {&a(), &b()}) {
            QCOMPARE(member(*desk, id).notes, winner);
            const QList<ConflictEntry> log = conflicts(*desk);
            QCOMPARE(log.size(), 1);
            QCOMPARE(log.first().table, u"member"_s);
            QCOMPARE(log.first().rowId, id);
            QCOMPARE(log.first().field, u"notes"_s);
            QCOMPARE(log.first().keptValue, winner);
            QCOMPARE(log.first().lostValue, loser);
            QCOMPARE(log.first().rule, u"later_arrival"_s);
            QCOMPARE(log.first().keptBy, aFirst ? u"Desk B"_s : u"Desk A"_s);
            QCOMPARE(log.first().lostBy, aFirst ? u"Desk A"_s : u"Desk B"_s);
        }
        QCOMPARE(replicatedData(b()), replicatedData(a()));
    }

    void aCancelledBasketIsNotSilentlyRevalidated_data()
    {
        QTest::addColumn<bool>("cancelFirst");
        QTest::newRow("cancel arrives first") << true;
        QTest::newRow("validation arrives first") << false;
    }

    void aCancelledBasketIsNotSilentlyRevalidated()
    {
        QFETCH(bool, cancelFirst);
        const QString memberId = m_market.memberIds.at(0);
        auto basket = OrderService(a()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(basket);
        QVERIFY(OrderService(a()).setLine(basket->id, m_market.productIds.at(0), 2));
        syncOk(a());
        syncOk(b());

        QVERIFY(OrderService(a()).cancel(basket->id));
        QVERIFY(OrderService(b()).validate(basket->id));
        Store &first = cancelFirst ? a() : b();
        Store &second = cancelFirst ? b() : a();
        syncOk(first);
        auto report = sync(second, m_url);
        QVERIFY(report);
        QVERIFY(report->conflicts >= 1);
        syncOk(first);

        for (Store *desk : {&a(), &b()}) {
            QCOMPARE(basketStatus(*desk, basket->id), u"cancelled"_s);
            bool logged = false;
            for (const ConflictEntry &entry : conflicts(*desk)) {
                if (entry.field == u"status"_s) {
                    QCOMPARE(entry.rule, u"state_rule"_s);
                    QCOMPARE(entry.keptValue, u"cancelled"_s);
                    QCOMPARE(entry.lostValue, u"validated"_s);
                    logged = true;
                }
            }
            QVERIFY(logged);
            // The refused validation brings none of its companions: a basket cancelled before it
            // was ever validated keeps no validation instant (and the one refused is logged).
            if (cancelFirst) {
                QCOMPARE(basketValidatedAt(*desk, basket->id), u"NULL"_s);
                bool companionLogged = false;
                for (const ConflictEntry &entry : conflicts(*desk)) {
                    if (entry.field == u"validated_at"_s) {
                        QCOMPARE(entry.rule, u"state_rule"_s);
                        QVERIFY(!entry.lostValue.isEmpty());
                        companionLogged = true;
                    }
                }
                QVERIFY(companionLogged);
            } else {
                QVERIFY(basketValidatedAt(*desk, basket->id) != u"NULL"_s);
            }
        }
        QCOMPARE(replicatedData(b()), replicatedData(a()));
    }

    // A confirmed late change made on one desk reaches the other whole: who, when, what, the
    // quantities before and after and when the window had closed.
    void aLateChangeReachesTheOtherDeskWhole()
    {
        const QString memberId = m_market.memberIds.at(1);
        auto basket = OrderService(a()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(basket);
        QVERIFY(OrderService(a()).setLine(basket->id, m_market.productIds.at(0), 2));
        Query window(a().database(), u"SELECT closes_at FROM ordering_window WHERE distribution_id = ?"_s);
        window.bind(m_market.distributionId);
        QVERIFY(window.exec() && window.next());
        const QString closesAt = window.text(0);
        a().clock().setFixed(SqlValue::toInstant(closesAt).addSecs(3600));
        QVERIFY(OrderService(a()).setLine(basket->id, m_market.productIds.at(0), 5, LatePolicy::Record));
        syncOk(a());
        syncOk(b());

        const QString columns = u"basket_id, product_id, kind, quantity_before, quantity_after, at, user_name, "
                                "window_closed_at FROM late_change"_s;
        for (Store *desk : {&a(), &b()}) {
            Query late(desk->database(), u"SELECT "_s + columns);
            QVERIFY(late.exec() && late.next());
            QCOMPARE(late.text(0), basket->id);
            QCOMPARE(late.text(1), m_market.productIds.at(0));
            QCOMPARE(late.text(2), u"change"_s);
            QCOMPARE(late.integer(3), qint64(2));
            QCOMPARE(late.integer(4), qint64(5));
            QCOMPARE(late.text(5), SqlValue::instant(a().clock().now()).toString());
            QCOMPARE(late.text(6), u"Desk A"_s);
            QCOMPARE(late.text(7), closesAt);
            QVERIFY(!late.next());
        }
    }

    void aReopenedBasketStaysOpenWhenNobodyElseTouchedIt()
    {
        const QString memberId = m_market.memberIds.at(2);
        auto basket = OrderService(a()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(basket);
        QVERIFY(OrderService(a()).setLine(basket->id, m_market.productIds.at(1), 1));
        QVERIFY(OrderService(a()).cancel(basket->id));
        syncOk(a());
        syncOk(b());
        // Reopening is a deliberate act on a desk that saw the cancellation: no conflict.
        QVERIFY(OrderService(b()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator));
        auto report = sync(b(), m_url);
        QVERIFY(report);
        QCOMPARE(report->conflicts, 0);
        syncOk(a());
        QCOMPARE(basketStatus(a(), basket->id), u"in_progress"_s);
    }

    void twoBasketsOfOneMemberAndDistributionEndAsOneHoldingBothSetsOfLines()
    {
        const QString memberId = m_market.memberIds.at(0);
        auto onA = OrderService(a()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(onA);
        QVERIFY(OrderService(a()).setLine(onA->id, m_market.productIds.at(0), 2));
        auto onB = OrderService(b()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(onB);
        QVERIFY(onB->id != onA->id);
        QVERIFY(OrderService(b()).setLine(onB->id, m_market.productIds.at(1), 1));
        QVERIFY(OrderService(b()).setLine(onB->id, m_market.productIds.at(2), 3));

        syncOk(a());
        syncOk(b());
        syncOk(a());

        const QMap<QString, qint64> expected{{m_market.productIds.at(0), 2}, {m_market.productIds.at(1), 1},
                                             {m_market.productIds.at(2), 3}};
        for (Store *desk : {&a(), &b()}) {
            QCOMPARE(count(*desk, u"SELECT count(*) FROM basket WHERE deleted = 0 AND member_id = '"_s + memberId + u"'"_s), 1);
            QCOMPARE(basketContents(*desk, memberId), expected);
            // The basket that arrived second is a tombstone everywhere.
            QCOMPARE(count(*desk, u"SELECT deleted FROM basket WHERE id = '"_s + onB->id + u"'"_s), 1);
        }
        QCOMPARE(replicatedData(b()), replicatedData(a()));

        // A line added afterwards on the desk whose basket gave way lands in the merged one.
        auto merged = OrderService(b()).basketOf(m_market.distributionId, memberId);
        QVERIFY(merged && merged->has_value());
        QCOMPARE((*merged)->id, onA->id);
        QVERIFY(OrderService(b()).setLine(onA->id, m_market.productIds.at(3), 1));
        syncOk(b());
        syncOk(a());
        QCOMPARE(basketContents(a(), memberId).value(m_market.productIds.at(3)), 1);
        QCOMPARE(replicatedData(b()), replicatedData(a()));
    }

    void theSameProductInBothBasketsTakesTheLaterArrivalsQuantity()
    {
        const QString memberId = m_market.memberIds.at(1);
        const QString carrots = m_market.productIds.at(0);
        auto onA = OrderService(a()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(onA);
        QVERIFY(OrderService(a()).setLine(onA->id, carrots, 2));
        auto onB = OrderService(b()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(onB);
        QVERIFY(OrderService(b()).setLine(onB->id, carrots, 5));

        syncOk(a());
        auto report = sync(b(), m_url);
        QVERIFY(report);
        QVERIFY(report->conflicts >= 1);
        syncOk(a());

        for (Store *desk : {&a(), &b()}) {
            QCOMPARE(basketContents(*desk, memberId), (QMap<QString, qint64>{{carrots, 5}}));
            bool logged = false;
            for (const ConflictEntry &entry : conflicts(*desk)) {
                if (entry.table == u"order_line"_s && entry.field == u"quantity"_s) {
                    QCOMPARE(entry.keptValue, u"5"_s);
                    QCOMPARE(entry.lostValue, u"2"_s);
                    QCOMPARE(entry.rule, u"merged_duplicate"_s);
                    logged = true;
                }
            }
            QVERIFY(logged);
        }
        QCOMPARE(replicatedData(b()), replicatedData(a()));
    }

    void aValidatedBasketKeepsItsFrozenPricesWhenADuplicateIsMergedIn()
    {
        const QString memberId = m_market.memberIds.at(2);
        const QString leeks = m_market.productIds.at(1);
        auto onA = OrderService(a()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(onA);
        QVERIFY(OrderService(a()).setLine(onA->id, leeks, 1));
        QVERIFY(OrderService(a()).validate(onA->id));
        auto onB = OrderService(b()).openBasket(m_market.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(onB);
        QVERIFY(OrderService(b()).setLine(onB->id, leeks, 1));

        syncOk(a());
        syncOk(b());
        syncOk(a());
        for (Store *desk : {&a(), &b()}) {
            QCOMPARE(basketStatus(*desk, onA->id), u"validated"_s);
            QCOMPARE(count(*desk, u"SELECT unit_price_cents FROM order_line WHERE deleted = 0 AND basket_id = '"_s + onA->id + u"'"_s),
                     310);
        }
        QCOMPARE(replicatedData(b()), replicatedData(a()));
    }

    void aBasketMovedToAMemberWhoGotOneElsewhereMergesIntoIt_data()
    {
        QTest::addColumn<bool>("moveFirst");
        QTest::newRow("the move arrives first") << true;
        QTest::newRow("the new basket arrives first") << false;
    }

    void aBasketMovedToAMemberWhoGotOneElsewhereMergesIntoIt()
    {
        // Desk A merges two records of one person (the duplicate's basket moves to the kept
        // member); desk B meanwhile takes an order for the kept member in the same distribution.
        QFETCH(bool, moveFirst);
        const QString kept = m_market.memberIds.at(0);
        const QString duplicate = m_market.memberIds.at(1);
        auto moving = OrderService(a()).openBasket(m_market.distributionId, duplicate, Basket::Source::Coordinator);
        QVERIFY(moving);
        QVERIFY(OrderService(a()).setLine(moving->id, m_market.productIds.at(0), 2));
        QVERIFY(OrderService(a()).setLine(moving->id, m_market.productIds.at(2), 1));
        syncOk(a());
        syncOk(b());

        auto merged = MemberMerge(a()).merge(kept, duplicate);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message()));
        auto onB = OrderService(b()).openBasket(m_market.distributionId, kept, Basket::Source::Coordinator);
        QVERIFY(onB);
        QVERIFY(OrderService(b()).setLine(onB->id, m_market.productIds.at(1), 4));
        QVERIFY(OrderService(b()).setLine(onB->id, m_market.productIds.at(2), 3));

        Store &first = moveFirst ? a() : b();
        Store &second = moveFirst ? b() : a();
        syncOk(first);
        syncOk(second);
        syncOk(first);

        const QMap<QString, qint64> later = moveFirst
            ? QMap<QString, qint64>{{m_market.productIds.at(0), 2}, {m_market.productIds.at(1), 4}, {m_market.productIds.at(2), 3}}
            : QMap<QString, qint64>{{m_market.productIds.at(0), 2}, {m_market.productIds.at(1), 4}, {m_market.productIds.at(2), 1}};
        for (Store *desk : {&a(), &b()}) {
            QCOMPARE(count(*desk, u"SELECT count(*) FROM basket WHERE deleted = 0 AND member_id = '"_s + kept + u"'"_s), 1);
            QCOMPARE(count(*desk, u"SELECT count(*) FROM basket WHERE deleted = 0 AND member_id = '"_s + duplicate + u"'"_s), 0);
            QCOMPARE(basketContents(*desk, kept), later);
        }
        QCOMPARE(replicatedData(b()), replicatedData(a()));
    }

    void totalsAreNeverReplicated()
    {
        // Amounts are computed from the lines; a stored total would need a conflict rule of its own.
        for (const TableSchema &table : Schema::replicatedTables()) {
            for (const QString &column : table.columns)
                QVERIFY2(!column.contains(u"total"_s), qPrintable(table.name + u'.' + column));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "tst_sync_conflicts.moc"
