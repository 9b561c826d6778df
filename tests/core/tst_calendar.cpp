#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "domain/Recurrence.h"
#include "queries/DistributionOverviewQuery.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/OfferService.h"
#include "services/OrderService.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Places, series of distributions, their ordering windows and offer, and what moving or
// cancelling a distribution does to its orders.
class TestCalendar : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_test;
    QString m_placeId;
    QString m_otherPlaceId;
    QString m_vegetablesId; // opens 7 days before at 08:00, closes 48 h before
    QString m_breadId;      // opens 5 days before at 12:00, closes 24 h before
    QString m_carrotsId;
    QString m_leeksId;
    QString m_loafId;
    QString m_snapshot;

    Store &store() { return m_test->store(); }

    static QDateTime utc(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
    }

    QString addProduct(const QString &catalogueId, const QString &name, qint64 cents)
    {
        Product product;
        product.catalogueId = catalogueId;
        product.name = name;
        product.priceCents = cents;
        return CatalogueService(store()).addProduct(product).value();
    }

    QString addMember(const QString &first, const QString &last, const QString &phone)
    {
        Member member;
        member.firstName = first;
        member.lastName = last;
        member.phone = phone;
        return MemberService(store()).add(member).value();
    }

    DistributionPlan thursdays(QDate first, int everyWeeks, QDate until)
    {
        DistributionPlan plan;
        plan.placeId = m_placeId;
        plan.firstDate = first;
        plan.startTime = QTime(17, 30);
        plan.endTime = QTime(19, 30);
        plan.repeatEveryWeeks = everyWeeks;
        plan.until = until;
        plan.participants = CalendarService(store()).participants({m_vegetablesId, m_breadId}).value();
        return plan;
    }

    QString oneDistribution(QDate date)
    {
        return CalendarService(store()).createDistributions(thursdays(date, 0, {})).value().first();
    }

    // A validated basket for Hélène and one in progress for Paul, each with carrots; a bread
    // order for Zoé; an anonymous cart. Entered as history, whatever the windows say.
    void addOrders(const QString &distributionId)
    {
        OrderService orders(store());
        const Basket helene = orders.openBasket(distributionId, addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s),
                                                Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(helene.id, m_carrotsId, 3, LatePolicy::Record));
        QVERIFY(orders.validate(helene.id, LatePolicy::Record));
        const Basket paul = orders.openBasket(distributionId, addMember(u"Paul"_s, u"Martin"_s, u"0698765432"_s),
                                              Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(paul.id, m_carrotsId, 1, LatePolicy::Record));
        const Basket zoe = orders.openBasket(distributionId, addMember(u"Zoé"_s, u"Roux"_s, u"0611223344"_s),
                                             Basket::Source::Coordinator).value();
        QVERIFY(orders.setLine(zoe.id, m_loafId, 2, LatePolicy::Record));
        const Basket cart = orders.openAnonymousCart(distributionId).value();
        QVERIFY(orders.setLine(cart.id, m_leeksId, 1, LatePolicy::Record));
    }

    template <typename Outcome>
    void expectRefusal(const Outcome &outcome, ErrorKind kind, const QString &messagePart)
    {
        QVERIFY2(!outcome.ok(), "accepted");
        QCOMPARE(outcome.error().kind(), kind);
        QVERIFY2(outcome.error().message().contains(messagePart), qPrintable(outcome.error().message()));
        QCOMPARE(DatabaseSnapshot::take(store()), m_snapshot);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        CalendarService calendar(store());
        Place place;
        place.name = u"Salle des fêtes"_s;
        m_placeId = calendar.addPlace(place).value();
        place.name = u"Cour de l’école"_s;
        m_otherPlaceId = calendar.addPlace(place).value();

        CatalogueService catalogues(store());
        Producer producer;
        producer.name = u"Ferme des Saules"_s;
        Catalogue catalogue;
        catalogue.producerId = catalogues.addProducer(producer).value();
        catalogue.name = u"Légumes"_s;
        catalogue.rule = {7, QTime(8, 0), 48};
        m_vegetablesId = catalogues.addCatalogue(catalogue).value();
        producer.name = u"Fournil du Plateau"_s;
        catalogue.producerId = catalogues.addProducer(producer).value();
        catalogue.name = u"Pains"_s;
        catalogue.rule = {5, QTime(12, 0), 24};
        m_breadId = catalogues.addCatalogue(catalogue).value();
        m_carrotsId = addProduct(m_vegetablesId, u"Carottes"_s, 240);
        m_leeksId = addProduct(m_vegetablesId, u"Poireaux"_s, 280);
        m_loafId = addProduct(m_breadId, u"Pain de campagne"_s, 450);
    }

    void cleanup() { m_test.reset(); }

    // Recurrence

    void recurrenceListsEveryNthWeekUpToTheLastDate()
    {
        QCOMPARE(Recurrence::everyWeeks(QDate(2026, 12, 3), 2, QDate(2027, 1, 14)),
                 (QList<QDate>{QDate(2026, 12, 3), QDate(2026, 12, 17), QDate(2026, 12, 31), QDate(2027, 1, 14)}));
        QCOMPARE(Recurrence::everyWeeks(QDate(2026, 12, 3), 1, QDate(2026, 12, 16)).size(), 2);
        QCOMPARE(Recurrence::everyWeeks(QDate(2026, 12, 3), 0, {}), QList<QDate>{QDate(2026, 12, 3)});
        QVERIFY(Recurrence::everyWeeks(QDate(2026, 12, 3), 1, QDate(2026, 12, 1)).isEmpty());
        QCOMPARE(Recurrence::everyWeeks(QDate(2026, 1, 1), 1, QDate(2030, 1, 1)).size(), Recurrence::maximumDates + 1);
    }

    void previewShowsEveryDateWithItsWindowsAndWritesNothing()
    {
        const QString before = DatabaseSnapshot::take(store());
        const auto planned = CalendarService(store()).preview(thursdays(QDate(2026, 12, 3), 1, QDate(2026, 12, 24))).value();
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        QCOMPARE(planned.size(), 4);
        QCOMPARE(planned.at(3).date, QDate(2026, 12, 24));
        QCOMPARE(planned.first().windows.size(), 2);
        // Légumes: opens Thursday 26 November 08:00, closes Tuesday 1 December 17:30 (CET).
        QCOMPARE(planned.first().windows.at(0).opensAt, utc(2026, 11, 26, 7));
        QCOMPARE(planned.first().windows.at(0).closesAt, utc(2026, 12, 1, 16, 30));
        // Pains: opens Saturday 28 November 12:00, closes Wednesday 2 December 17:30.
        QCOMPARE(planned.first().windows.at(1).opensAt, utc(2026, 11, 28, 11));
        QCOMPARE(planned.first().windows.at(1).closesAt, utc(2026, 12, 2, 16, 30));
    }

    void createsAWeeklySeriesWithoutTheSkippedDates()
    {
        DistributionPlan plan = thursdays(QDate(2026, 12, 3), 1, QDate(2027, 1, 28));
        plan.skippedDates = {QDate(2026, 12, 24), QDate(2026, 12, 31)};
        const QStringList ids = CalendarService(store()).createDistributions(plan).value();
        QCOMPARE(ids.size(), 7);
        const auto created = CalendarService(store()).distributionsBetween(QDate(2026, 12, 1), QDate(2027, 2, 28)).value();
        QList<QDate> dates;
        for (const Distribution &distribution : created) {
            dates.append(distribution.date);
            QCOMPARE(distribution.startTime, QTime(17, 30));
            QCOMPARE(distribution.placeId, m_placeId);
            QCOMPARE(CalendarService(store()).windows(distribution.id).value().size(), 2);
        }
        QCOMPARE(dates, (QList<QDate>{QDate(2026, 12, 3), QDate(2026, 12, 10), QDate(2026, 12, 17), QDate(2027, 1, 7),
                                      QDate(2027, 1, 14), QDate(2027, 1, 21), QDate(2027, 1, 28)}));
    }

    void aSeriesEveryTwoWeeksUsesTheRuleChangedForIt()
    {
        DistributionPlan plan = thursdays(QDate(2026, 12, 3), 2, QDate(2026, 12, 31));
        plan.participants[0].rule.closesHoursBefore = 72; // this series only
        const QStringList ids = CalendarService(store()).createDistributions(plan).value();
        QCOMPARE(ids.size(), 3);
        const auto windows = CalendarService(store()).windows(ids.at(1)).value(); // 17 December
        const auto vegetables = std::find_if(windows.cbegin(), windows.cend(),
                                             [&](const OrderingWindow &w) { return w.catalogueId == m_vegetablesId; });
        QCOMPARE(vegetables->closesAt, utc(2026, 12, 14, 16, 30));
        // The catalogue itself keeps its rule.
        QCOMPARE(CatalogueService(store()).catalogue(m_vegetablesId).value().rule.closesHoursBefore, 48);
    }

    void aDateTakenAtThePlaceIsFlagged()
    {
        oneDistribution(QDate(2026, 12, 10));
        const auto planned = CalendarService(store()).preview(thursdays(QDate(2026, 12, 3), 1, QDate(2026, 12, 17))).value();
        QVERIFY(planned.at(0).clash.isEmpty());
        QVERIFY(planned.at(1).clash.contains(u"17:30–19:30"_s));
        QVERIFY(planned.at(2).clash.isEmpty());
        // Another place that day is no clash.
        DistributionPlan elsewhere = thursdays(QDate(2026, 12, 10), 0, {});
        elsewhere.placeId = m_otherPlaceId;
        QVERIFY(CalendarService(store()).preview(elsewhere).value().first().clash.isEmpty());
    }

    void badPlansAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<int>("everyWeeks");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QString>("message");
        QTest::newRow("no last date") << 1 << QDate() << u"until which"_s;
        QTest::newRow("last date first") << 1 << QDate(2026, 11, 1) << u"after the first"_s;
        QTest::newRow("too many weeks") << 53 << QDate(2027, 12, 1) << u"1 to 52 weeks"_s;
        QTest::newRow("negative weeks") << -1 << QDate(2027, 12, 1) << u"1 to 52 weeks"_s;
        QTest::newRow("too long a series") << 1 << QDate(2030, 12, 1) << u"at most 106"_s;
    }
    void badPlansAreRefusedAndWriteNothing()
    {
        QFETCH(int, everyWeeks);
        QFETCH(QDate, until);
        QFETCH(QString, message);
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(CalendarService(store()).createDistributions(thursdays(QDate(2026, 12, 3), everyWeeks, until)),
                      ErrorKind::Validation, message);
    }

    void aRuleThatClosesBeforeItOpensIsRefusedWithTheDate()
    {
        DistributionPlan plan = thursdays(QDate(2026, 12, 3), 0, {});
        plan.participants[1].rule = {1, QTime(20, 0), 23}; // opens Wednesday 20:00, closes Wednesday 18:30
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(CalendarService(store()).createDistributions(plan), ErrorKind::Validation, u"“Pains” would close"_s);
        plan.participants[1].rule = {2, QTime(8, 0), 72};
        expectRefusal(CalendarService(store()).createDistributions(plan), ErrorKind::Validation, u"close after they open"_s);
        plan.participants[1] = plan.participants[0];
        expectRefusal(CalendarService(store()).createDistributions(plan), ErrorKind::Validation, u"once"_s);
    }

    void everyDateSkippedCreatesNothing()
    {
        DistributionPlan plan = thursdays(QDate(2026, 12, 3), 1, QDate(2026, 12, 10));
        plan.skippedDates = {QDate(2026, 12, 3), QDate(2026, 12, 10)};
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(CalendarService(store()).createDistributions(plan), ErrorKind::Validation, u"at least one date"_s);
    }

    void aSeriesIsWrittenWholeOrNotAtAll()
    {
        DistributionPlan plan = thursdays(QDate(2026, 12, 3), 1, QDate(2026, 12, 31));
        plan.participants.append({u"00000000-0000-4000-8000-000000000000"_s, OrderingRule()});
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(CalendarService(store()).createDistributions(plan), ErrorKind::NotFound, u"No catalogue"_s);
        plan = thursdays(QDate(2026, 12, 3), 1, QDate(2026, 12, 31));
        plan.placeId = u"nowhere"_s;
        expectRefusal(CalendarService(store()).createDistributions(plan), ErrorKind::NotFound, u"No place"_s);
    }

    // Places

    void aPlaceIsArchivedAndBroughtBack()
    {
        CalendarService calendar(store());
        QVERIFY(calendar.setPlaceArchived(m_otherPlaceId, true));
        QCOMPARE(calendar.places().value().size(), 1);
        QCOMPARE(calendar.places(true).value().size(), 2);
        QVERIFY(calendar.setPlaceArchived(m_otherPlaceId, false));
        QCOMPARE(calendar.places().value().size(), 2);
        Place place = calendar.place(m_placeId).value();
        place.town = u"  Lyon  "_s;
        QVERIFY(calendar.updatePlace(place));
        QCOMPARE(calendar.place(m_placeId).value().town, u"Lyon"_s);
        m_snapshot = DatabaseSnapshot::take(store());
        place.name = u"  "_s;
        expectRefusal(calendar.updatePlace(place), ErrorKind::Validation, u"place’s name"_s);
        expectRefusal(calendar.setPlaceArchived(u"nowhere"_s, true), ErrorKind::NotFound, u"No place"_s);
    }

    // Moving and cancelling

    void movingADistributionWithOrdersAsksFirstAndSaysWhoFollows()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        addOrders(id);
        CalendarService calendar(store());
        const DistributionImpact impact = calendar.impact(id).value();
        QCOMPARE(impact.baskets.size(), 3);
        QCOMPARE(impact.anonymousCartCount, 1);
        QCOMPARE(impact.count(Basket::Status::Validated), 1);
        QCOMPARE(impact.baskets.first().memberName, u"Dupré Hélène"_s);
        QCOMPARE(impact.baskets.first().amountCents, 720);

        Distribution moved = calendar.distribution(id).value();
        moved.date = QDate(2026, 12, 4);
        moved.placeId = m_otherPlaceId;
        m_snapshot = DatabaseSnapshot::take(store());
        const Status unconfirmed = calendar.updateDistribution(moved, false);
        expectRefusal(unconfirmed, ErrorKind::NeedsConfirmation, u"3 order(s) (1 validated, 2 in progress)"_s);
        QVERIFY(unconfirmed.error().message().contains(u"Dupré Hélène, Martin Paul and Roux Zoé"_s));
        QVERIFY(unconfirmed.error().message().contains(u"1 anonymous cart"_s));

        QVERIFY(calendar.updateDistribution(moved, true));
        const Distribution stored = calendar.distribution(id).value();
        QCOMPARE(stored.date, QDate(2026, 12, 4));
        QCOMPARE(stored.placeId, m_otherPlaceId);
        // The orders followed, untouched.
        QCOMPARE(OrderService(store()).baskets(id).value().size(), 4);
        // The windows moved a day on the wall clock.
        for (const OrderingWindow &window : calendar.windows(id).value()) {
            if (window.catalogueId == m_vegetablesId)
                QCOMPARE(window.closesAt, utc(2026, 12, 2, 16, 30));
        }
    }

    void movingADistributionWithoutOrdersNeedsNoConfirmation()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        Distribution moved = CalendarService(store()).distribution(id).value();
        moved.startTime = QTime(18, 0);
        moved.endTime = QTime(20, 0);
        QVERIFY(CalendarService(store()).updateDistribution(moved, false));
        const auto windows = CalendarService(store()).windows(id).value();
        for (const OrderingWindow &window : windows) {
            if (window.catalogueId == m_breadId)
                QCOMPARE(window.closesAt, utc(2026, 12, 2, 17)); // 24 h before 18:00
        }
    }

    void badMovesAreRefused()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        CalendarService calendar(store());
        Distribution moved = calendar.distribution(id).value();
        m_snapshot = DatabaseSnapshot::take(store());
        moved.endTime = QTime(16, 0);
        expectRefusal(calendar.updateDistribution(moved, true), ErrorKind::Validation, u"end after it starts"_s);
        moved = calendar.distribution(id).value();
        moved.placeId = u"nowhere"_s;
        expectRefusal(calendar.updateDistribution(moved, true), ErrorKind::NotFound, u"No place"_s);
        moved = calendar.distribution(id).value();
        moved.id = u"ghost"_s;
        expectRefusal(calendar.updateDistribution(moved, true), ErrorKind::NotFound, u"No distribution"_s);

        QVERIFY(calendar.setDistributed(id, true));
        m_snapshot = DatabaseSnapshot::take(store());
        moved = calendar.distribution(id).value();
        moved.date = QDate(2026, 12, 5);
        expectRefusal(calendar.updateDistribution(moved, true), ErrorKind::Conflict, u"handed out"_s);
        expectRefusal(calendar.cancelDistribution(id, true), ErrorKind::Conflict, u"handed out"_s);
    }

    void cancellingWithOrdersAsksFirstAndReinstatingBringsThemBack()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        addOrders(id);
        CalendarService calendar(store());
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(calendar.cancelDistribution(id, false), ErrorKind::NeedsConfirmation, u"without a pick-up"_s);

        QVERIFY(calendar.cancelDistribution(id, true));
        QVERIFY(calendar.distribution(id).value().cancelled);
        QCOMPARE(calendar.status(calendar.distribution(id).value()).value(), Distribution::Status::Cancelled);
        // The orders stay as they were.
        int validated = 0;
        for (const Basket &basket : OrderService(store()).baskets(id).value())
            validated += basket.status == Basket::Status::Validated ? 1 : 0;
        QCOMPARE(validated, 1);
        // A cancelled distribution does not move and is not handed out.
        Distribution moved = calendar.distribution(id).value();
        moved.date = QDate(2026, 12, 4);
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(calendar.updateDistribution(moved, true), ErrorKind::Conflict, u"reinstate"_s);
        expectRefusal(calendar.setDistributed(id, true), ErrorKind::Conflict, u"reinstate"_s);

        QVERIFY(calendar.reinstateDistribution(id));
        QVERIFY(!calendar.distribution(id).value().cancelled);
        QCOMPARE(calendar.impact(id).value().baskets.size(), 3);
    }

    void cancellingWithoutOrdersNeedsNoConfirmation()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        QVERIFY(CalendarService(store()).cancelDistribution(id, false));
        // Cancelling twice changes nothing.
        m_snapshot = DatabaseSnapshot::take(store());
        QVERIFY(CalendarService(store()).cancelDistribution(id, false));
        QCOMPARE(DatabaseSnapshot::take(store()), m_snapshot);
    }

    void theOverviewShowsCancelledAndOpenDistributions()
    {
        const QString open = oneDistribution(QDate(2026, 11, 26)); // Légumes open since 19 Nov
        const QString later = oneDistribution(QDate(2026, 12, 10));
        addOrders(open);
        QVERIFY(CalendarService(store()).cancelDistribution(later, false));
        const auto overviews = DistributionOverviewQuery(store()).between(QDate(2026, 11, 1), QDate(2026, 12, 31)).value();
        QCOMPARE(overviews.size(), 2);
        QCOMPARE(overviews.at(0).status, Distribution::Status::Open);
        QCOMPARE(overviews.at(0).validatedCount, 1);
        QCOMPARE(overviews.at(0).catalogueNames.value(m_breadId), u"Pains"_s);
        QCOMPARE(overviews.at(1).status, Distribution::Status::Cancelled);
    }

    // Windows per distribution

    void aWindowIsChangedForOneDistributionOnly()
    {
        const QString first = oneDistribution(QDate(2026, 12, 3));
        const QString second = oneDistribution(QDate(2026, 12, 10));
        CalendarService calendar(store());
        QList<OrderingWindow> windows = calendar.windows(first).value();
        for (OrderingWindow &window : windows) {
            if (window.catalogueId == m_vegetablesId)
                window.closesAt = utc(2026, 12, 2, 10);
        }
        QVERIFY(calendar.setWindows(first, windows));
        for (const OrderingWindow &window : calendar.windows(first).value()) {
            if (window.catalogueId == m_vegetablesId)
                QCOMPARE(window.closesAt, utc(2026, 12, 2, 10));
        }
        for (const OrderingWindow &window : calendar.windows(second).value()) {
            if (window.catalogueId == m_vegetablesId)
                QCOMPARE(window.closesAt, utc(2026, 12, 8, 16, 30));
        }
    }

    void aCatalogueJoinsAndLeavesADistribution()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        CalendarService calendar(store());
        Distribution distribution = calendar.distribution(id).value();
        QVERIFY(calendar.setWindows(id, calendar.windowsFromRules(distribution, {m_vegetablesId}).value()));
        QCOMPARE(calendar.windows(id).value().size(), 1);
        QVERIFY(calendar.setWindows(id, calendar.windowsFromRules(distribution, {m_vegetablesId, m_breadId}).value()));
        QCOMPARE(calendar.windows(id).value().size(), 2);
    }

    void aCatalogueWithOrdersCannotLeave()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        addOrders(id);
        CalendarService calendar(store());
        const Distribution distribution = calendar.distribution(id).value();
        m_snapshot = DatabaseSnapshot::take(store());
        const Status refused = calendar.setWindows(id, calendar.windowsFromRules(distribution, {m_vegetablesId}).value());
        expectRefusal(refused, ErrorKind::Conflict, u"“Pains” cannot leave"_s);
        QVERIFY(refused.error().message().contains(u"Roux Zoé"_s));
        QVERIFY(!refused.error().message().contains(u"Dupré"_s));
    }

    void badWindowsAreRefused()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        CalendarService calendar(store());
        const QList<OrderingWindow> good = calendar.windows(id).value();
        m_snapshot = DatabaseSnapshot::take(store());
        QList<OrderingWindow> bad = good;
        bad[0].closesAt = bad[0].opensAt.addSecs(-60);
        expectRefusal(calendar.setWindows(id, bad), ErrorKind::Validation, u"close after they open"_s);
        bad = good;
        bad[0].closesAt = utc(2026, 12, 3, 17); // after the 17:30 start (16:30 UTC)
        expectRefusal(calendar.setWindows(id, bad), ErrorKind::Validation, u"before the distribution starts"_s);
        bad = good;
        bad[1].opensAt = QDateTime();
        expectRefusal(calendar.setWindows(id, bad), ErrorKind::Validation, u"open and close"_s);
        bad = good;
        bad.append(good.first());
        expectRefusal(calendar.setWindows(id, bad), ErrorKind::Validation, u"only once"_s);
        bad = good;
        bad[0].catalogueId = u"ghost"_s;
        expectRefusal(calendar.setWindows(id, bad), ErrorKind::NotFound, u"No catalogue"_s);
    }

    // The offer of a distribution

    void theOfferIsEveryActiveProductUnlessLeftOut()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        QVERIFY(CatalogueService(store()).setProductActive(m_leeksId, false));
        OfferService offers(store());
        auto entries = offers.offer(id).value();
        QCOMPARE(entries.size(), 2); // Carottes, Pain de campagne; the leeks are inactive
        QCOMPARE(entries.at(0).catalogueName, u"Légumes"_s);
        QCOMPARE(entries.at(0).product.name, u"Carottes"_s);
        QVERIFY(entries.at(0).offered());
        QVERIFY(!offers.isOffered(id, m_leeksId).value());
        QVERIFY(offers.isOffered(id, m_carrotsId).value());

        ProductOffer carrots;
        carrots.productId = m_carrotsId;
        carrots.excluded = true;
        ProductOffer loaves;
        loaves.productId = m_loafId;
        loaves.stock = 20;
        QVERIFY(offers.setOffer(id, {carrots, loaves}));
        QVERIFY(!offers.isOffered(id, m_carrotsId).value());
        entries = offers.offer(id).value();
        QVERIFY(entries.at(0).excluded);
        QCOMPARE(entries.at(1).stock, std::optional<qint64>(20));
        QCOMPARE(entries.at(1).remaining(), std::optional<qint64>(20));

        // Another distribution keeps the whole offer.
        const QString other = oneDistribution(QDate(2026, 12, 10));
        QVERIFY(offers.isOffered(other, m_carrotsId).value());
        QVERIFY(!offers.offer(other).value().at(1).stock);

        // Putting the carrots back.
        carrots.excluded = false;
        QVERIFY(offers.setOffer(id, {carrots}));
        QVERIFY(offers.isOffered(id, m_carrotsId).value());
    }

    void theOfferCountsWhatIsOrdered()
    {
        const QString id = oneDistribution(QDate(2026, 11, 26));
        addOrders(id);
        ProductOffer carrots;
        carrots.productId = m_carrotsId;
        carrots.stock = 10;
        QVERIFY(OfferService(store()).setOffer(id, {carrots}));
        const auto entries = OfferService(store()).offer(id).value();
        QCOMPARE(entries.at(0).product.name, u"Carottes"_s);
        QCOMPARE(entries.at(0).ordered, 4);
        QCOMPARE(entries.at(0).remaining(), std::optional<qint64>(6));
        // An inactive product that was ordered stays in view.
        QVERIFY(CatalogueService(store()).setProductActive(m_leeksId, false));
        QCOMPARE(OfferService(store()).offer(id).value().size(), 3);
    }

    void badOfferChangesAreRefusedTogether()
    {
        const QString id = oneDistribution(QDate(2026, 12, 3));
        Catalogue honey;
        honey.producerId = CatalogueService(store()).catalogue(m_breadId).value().producerId;
        honey.name = u"Miel"_s;
        const QString honeyId = addProduct(CatalogueService(store()).addCatalogue(honey).value(), u"Miel"_s, 850);
        m_snapshot = DatabaseSnapshot::take(store());
        ProductOffer good;
        good.productId = m_carrotsId;
        good.excluded = true;
        ProductOffer negative;
        negative.productId = m_loafId;
        negative.stock = -3;
        expectRefusal(OfferService(store()).setOffer(id, {good, negative}), ErrorKind::Validation, u"zero or more"_s);
        ProductOffer outside;
        outside.productId = honeyId;
        outside.excluded = true;
        expectRefusal(OfferService(store()).setOffer(id, {good, outside}), ErrorKind::Validation, u"not in a catalogue"_s);
        ProductOffer huge;
        huge.productId = m_loafId;
        huge.stock = 1'000'000'000;
        expectRefusal(OfferService(store()).setOffer(id, {huge}), ErrorKind::Validation, u"not plausible"_s);
        ProductOffer ghost;
        ghost.productId = u"ghost"_s;
        expectRefusal(OfferService(store()).setOffer(id, {ghost}), ErrorKind::NotFound, u"No product"_s);
        expectRefusal(OfferService(store()).setOffer(u"ghost"_s, {good}), ErrorKind::NotFound, u"No distribution"_s);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
