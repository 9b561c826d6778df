#include "TestStore.h"
#include "domain/OrderingRule.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Ordering windows are counted on the wall clock of Europe/Paris, across the two daylight-saving
// changes of 2026 (Sunday 29 March, 02:00 → 03:00; Sunday 25 October, 03:00 → 02:00), and the
// hours that do not exist or happen twice are settled on purpose.
class TestCalendarWallClock : public QObject {
    Q_OBJECT

    const QTimeZone paris{"Europe/Paris"};
    std::unique_ptr<TestStore> m_test;
    QString m_placeId;

    static QDateTime utc(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
    }

    Store &store() { return m_test->store(); }

    QString addCatalogue(int opensDaysBefore, QTime opensAt, int closesHoursBefore)
    {
        CatalogueService catalogues(store());
        Producer producer;
        producer.name = u"Ferme des Saules"_s;
        Catalogue catalogue;
        catalogue.producerId = catalogues.addProducer(producer).value();
        catalogue.name = u"Légumes"_s;
        catalogue.rule = {opensDaysBefore, opensAt, closesHoursBefore};
        return catalogues.addCatalogue(catalogue).value();
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        Place place;
        place.name = u"Salle des fêtes"_s;
        m_placeId = CalendarService(store()).addPlace(place).value();
    }

    void cleanup() { m_test.reset(); }

    void closesFortyEightHoursBeforeOnTheWallClock_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QDateTime>("closes");
        // Spring: Tuesday 31 March 18:00 (summer time) closes Sunday 29 March 18:00, already
        // summer time: 16:00 UTC.
        QTest::newRow("spring, closing on the day of the change") << QDate(2026, 3, 31) << QTime(18, 0) << utc(2026, 3, 29, 16);
        // Monday 30 March 09:00 (summer time) closes Saturday 28 March 09:00, still winter
        // time: 08:00 UTC. Counting 48 real hours would give 07:00 UTC, an hour early.
        QTest::newRow("spring, closing before the change") << QDate(2026, 3, 30) << QTime(9, 0) << utc(2026, 3, 28, 8);
        // Autumn: Tuesday 27 October 18:00 (winter time) closes Sunday 25 October 18:00, winter
        // time: 17:00 UTC.
        QTest::newRow("autumn, closing on the day of the change") << QDate(2026, 10, 27) << QTime(18, 0) << utc(2026, 10, 25, 17);
        // Monday 26 October 09:00 (winter time) closes Saturday 24 October 09:00, summer time:
        // 07:00 UTC. Counting 48 real hours would give 08:00 UTC, an hour late.
        QTest::newRow("autumn, closing before the change") << QDate(2026, 10, 26) << QTime(9, 0) << utc(2026, 10, 24, 7);
        QTest::newRow("no change in between") << QDate(2026, 12, 3) << QTime(17, 0) << utc(2026, 12, 1, 16);
    }
    void closesFortyEightHoursBeforeOnTheWallClock()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QDateTime, closes);
        OrderingRule rule{7, QTime(8, 0), 48};
        QCOMPARE(rule.closesAt(date, start, paris), closes);
        // The same through the service, as the calendar creates it.
        const QString catalogueId = addCatalogue(7, QTime(8, 0), 48);
        Distribution distribution;
        distribution.placeId = m_placeId;
        distribution.date = date;
        distribution.startTime = start;
        distribution.endTime = start.addSecs(7200);
        const QString id = CalendarService(store()).addDistribution(distribution, {catalogueId}).value();
        const auto windows = CalendarService(store()).windows(id).value();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.first().closesAt, closes);
        QCOMPARE(windows.first().closesAt.toTimeZone(paris).time(), start);
    }

    void aWeeklySeriesKeepsItsLocalHoursAcrossBothChanges()
    {
        // Tuesdays at 18:00 from 17 March to 3 November 2026; orders open the Tuesday before at
        // 08:00 and close 48 h before. Every window is at the same local hours, whatever the
        // offset of the day.
        const QString catalogueId = addCatalogue(7, QTime(8, 0), 48);
        DistributionPlan plan;
        plan.placeId = m_placeId;
        plan.firstDate = QDate(2026, 3, 17);
        plan.startTime = QTime(18, 0);
        plan.endTime = QTime(19, 30);
        plan.repeatEveryWeeks = 1;
        plan.until = QDate(2026, 11, 3);
        plan.participants = CalendarService(store()).participants({catalogueId}).value();
        const auto planned = CalendarService(store()).preview(plan).value();
        QCOMPARE(planned.size(), 34);
        for (const PlannedDistribution &one : planned) {
            const QDateTime opens = one.windows.first().opensAt.toTimeZone(paris);
            const QDateTime closes = one.windows.first().closesAt.toTimeZone(paris);
            QCOMPARE(opens.date(), one.date.addDays(-7));
            QCOMPARE(opens.time(), QTime(8, 0));
            QCOMPARE(closes.date(), one.date.addDays(-2));
            QCOMPARE(closes.time(), QTime(18, 0));
        }
        // Spot checks in UTC on either side of each change.
        QCOMPARE(planned.at(1).windows.first().closesAt, utc(2026, 3, 22, 17)); // CET
        QCOMPARE(planned.at(2).windows.first().closesAt, utc(2026, 3, 29, 16)); // CEST, day of the change
        QCOMPARE(planned.at(2).windows.first().opensAt, utc(2026, 3, 24, 7));   // CET
        QCOMPARE(planned.at(32).windows.first().closesAt, utc(2026, 10, 25, 17)); // CET, day of the change
        QCOMPARE(planned.at(32).windows.first().opensAt, utc(2026, 10, 20, 6));   // CEST
    }

    void aTimeSkippedInSpringMovesForwardByTheGap()
    {
        // 02:30 on 29 March does not exist: the clock goes from 01:59 to 03:00. The window
        // boundary is when the clock shows 03:30, 01:30 UTC.
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 3, 29), QTime(2, 30), paris), utc(2026, 3, 29, 1, 30));
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 3, 29), QTime(2, 0), paris), utc(2026, 3, 29, 1, 0));
        // Just around the gap, readings are ordinary.
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 3, 29), QTime(1, 59), paris), utc(2026, 3, 29, 0, 59));
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 3, 29), QTime(3, 0), paris), utc(2026, 3, 29, 1, 0));

        // A distribution at 02:30 on Tuesday 31 March closing 48 h before, and one opening at
        // 02:30 seven days before Sunday 5 April.
        OrderingRule closing{7, QTime(8, 0), 48};
        QCOMPARE(closing.closesAt(QDate(2026, 3, 31), QTime(2, 30), paris), utc(2026, 3, 29, 1, 30));
        OrderingRule opening{7, QTime(2, 30), 24};
        QCOMPARE(opening.opensAt(QDate(2026, 4, 5), paris), utc(2026, 3, 29, 1, 30));
    }

    void aTimeRepeatedInAutumnIsItsFirstOccurrence()
    {
        // 02:30 on 25 October happens twice: at 00:30 UTC (summer time) and 01:30 UTC (winter
        // time). Qt 6.4 alone would pick the second; a window boundary is the first.
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 10, 25), QTime(2, 30), paris), utc(2026, 10, 25, 0, 30));
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 10, 25), QTime(2, 0), paris), utc(2026, 10, 25, 0, 0));
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 10, 25), QTime(3, 0), paris), utc(2026, 10, 25, 2, 0));
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 10, 25), QTime(1, 59), paris), utc(2026, 10, 24, 23, 59));

        OrderingRule closing{7, QTime(8, 0), 48};
        QCOMPARE(closing.closesAt(QDate(2026, 10, 27), QTime(2, 30), paris), utc(2026, 10, 25, 0, 30));
        OrderingRule opening{7, QTime(2, 30), 24};
        QCOMPARE(opening.opensAt(QDate(2026, 11, 1), paris), utc(2026, 10, 25, 0, 30));
    }

    void otherZonesFollowTheirOwnClock()
    {
        // The southern hemisphere changes the other way round: Sydney went back on 5 April 2026
        // (03:00 → 02:00). Tuesday 7 April 18:00 (UTC+10) closes 72 h before, Saturday 4 April
        // 18:00 (UTC+11): 07:00 UTC.
        const QTimeZone sydney("Australia/Sydney");
        OrderingRule rule{7, QTime(8, 0), 72};
        QCOMPARE(rule.closesAt(QDate(2026, 4, 7), QTime(18, 0), sydney), utc(2026, 4, 4, 7));
        // And a zone without daylight saving is plain arithmetic.
        QCOMPARE(rule.closesAt(QDate(2026, 4, 7), QTime(18, 0), QTimeZone::utc()), utc(2026, 4, 4, 18));
    }

    void movingADistributionAcrossTheChangeKeepsItsWindowsOnTheWallClock()
    {
        // Thursday 26 March 18:00 (CET) closes Tuesday 24 March 18:00 = 17:00 UTC. Moved a
        // week later, to Thursday 2 April (CEST), it closes Tuesday 31 March 18:00 = 16:00 UTC.
        const QString catalogueId = addCatalogue(7, QTime(8, 0), 48);
        Distribution distribution;
        distribution.placeId = m_placeId;
        distribution.date = QDate(2026, 3, 26);
        distribution.startTime = QTime(18, 0);
        distribution.endTime = QTime(19, 30);
        store().clock().setFixed(utc(2026, 3, 1, 12));
        CalendarService calendar(store());
        const QString id = calendar.addDistribution(distribution, {catalogueId}).value();
        QCOMPARE(calendar.windows(id).value().first().closesAt, utc(2026, 3, 24, 17));

        Distribution moved = calendar.distribution(id).value();
        moved.date = QDate(2026, 4, 2);
        QVERIFY(calendar.updateDistribution(moved, false));
        const OrderingWindow window = calendar.windows(id).value().first();
        QCOMPARE(window.closesAt, utc(2026, 3, 31, 16));
        // Orders open a week before, Thursday 26 March 08:00, still winter time.
        QCOMPARE(window.opensAt, utc(2026, 3, 26, 7));
    }
};

QTEST_GUILESS_MAIN(TestCalendarWallClock)
#include "tst_calendar_wallclock.moc"
