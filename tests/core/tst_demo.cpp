#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "demo/DemoGroup.h"
#include "queries/DistributionOverviewQuery.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/MemberService.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void buildsALivingMarket()
    {
        TestStore test(false);
        QVERIFY(DemoGroup::create(test.store()));

        auto members = MemberService(test.store()).list().value();
        QVERIFY2(members.size() >= 55 && members.size() <= 65, qPrintable(QString::number(members.size())));
        const auto phoneOnly = std::count_if(members.cbegin(), members.cend(),
                                             [](const Member &m) { return m.email.isEmpty() && !m.phone.isEmpty(); });
        QVERIFY(phoneOnly >= 3);

        CatalogueService catalogues(test.store());
        auto producers = catalogues.producers().value();
        QCOMPARE(producers.size(), 5);
        int productCount = 0;
        int weightPriced = 0;
        for (const Catalogue &catalogue : catalogues.catalogues().value()) {
            for (const Product &product : catalogues.products(catalogue.id).value()) {
                ++productCount;
                weightPriced += product.weightPriced ? 1 : 0;
            }
        }
        QVERIFY2(productCount >= 35 && productCount <= 45, qPrintable(QString::number(productCount)));
        QVERIFY(weightPriced >= 4);

        const QDate today(2026, 11, 25);
        auto overviews = DistributionOverviewQuery(test.store()).between(today.addYears(-1), today.addYears(1)).value();
        QCOMPARE(overviews.size(), 14);
        int past = 0;
        int coming = 0;
        int inProgress = 0;
        int anonymous = 0;
        for (const DistributionOverview &overview : overviews) {
            QCOMPARE(overview.distribution.date.dayOfWeek(), 4);
            if (overview.distribution.date < today) {
                ++past;
                QCOMPARE(overview.status, Distribution::Status::Distributed);
                QVERIFY(overview.validatedCount >= 20);
            } else {
                ++coming;
            }
            inProgress += overview.inProgressCount;
            anonymous += overview.anonymousCartCount;
        }
        QCOMPARE(past, 10);
        QCOMPARE(coming, 4);
        QVERIFY(inProgress >= 5);
        QVERIFY(anonymous >= 3);
        // The next distribution (Thursday 26 November) is closed for some catalogues already,
        // the one after (3 December) is open.
        QCOMPARE(overviews.at(11).status, Distribution::Status::Open);

        QCOMPARE(GroupService(test.store()).users().value().size(), 6);
    }

    void sameSeedAndClockGiveTheSameGroup()
    {
        TestStore first(false);
        TestStore second(false);
        QVERIFY(DemoGroup::create(first.store(), 7));
        QVERIFY(DemoGroup::create(second.store(), 7));
        auto firstMembers = MemberService(first.store()).list().value();
        auto secondMembers = MemberService(second.store()).list().value();
        QCOMPARE(firstMembers.size(), secondMembers.size());
        for (qsizetype i = 0; i < firstMembers.size(); ++i)
            QCOMPARE(firstMembers.at(i).memberSince, secondMembers.at(i).memberSince);
        const auto firstOverview = DistributionOverviewQuery(first.store()).between(QDate(2025, 1, 1), QDate(2028, 1, 1)).value();
        const auto secondOverview = DistributionOverviewQuery(second.store()).between(QDate(2025, 1, 1), QDate(2028, 1, 1)).value();
        for (qsizetype i = 0; i < firstOverview.size(); ++i) {
            QCOMPARE(firstOverview.at(i).validatedCount, secondOverview.at(i).validatedCount);
            QCOMPARE(firstOverview.at(i).validatedCents, secondOverview.at(i).validatedCents);
        }
    }

    void refusesADatabaseThatHoldsAGroup()
    {
        TestStore test;
        const QString before = DatabaseSnapshot::take(test.store());
        const Status done = DemoGroup::create(test.store());
        QVERIFY(!done);
        QCOMPARE(done.error().kind(), ErrorKind::Conflict);
        QCOMPARE(DatabaseSnapshot::take(test.store()), before);
    }

    void leavesTheClockAsItFoundIt()
    {
        TestStore test(false);
        QVERIFY(DemoGroup::create(test.store()));
        QCOMPARE(test->clock().now(), TestStore::defaultNow());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
