#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "common/PhoneNumber.h"
#include "queries/MemberListQuery.h"
#include "rules/MemberIdentity.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/MemberAnonymiser.h"
#include "services/MemberMerge.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "repositories/OrderLineRepository.h"
#include "store/Query.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Member records: phones as one number however typed, duplicates flagged on save, members
// with orders never erased, merging two records of one person, forgetting a member, and the
// list read in pages, searched and sorted in SQL.
class TestMembers : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_test;
    QString m_carrotsId;  // 2,40 € a piece
    QString m_cheeseId;   // 18,90 €/kg, by weight
    QString m_firstDistributionId;
    QString m_secondDistributionId;

    Store &store() { return m_test->store(); }

    QString addMember(const QString &first, const QString &last, const QString &phone = {},
                      const QString &email = {})
    {
        Member member;
        member.firstName = first;
        member.lastName = last;
        member.phone = phone;
        member.email = email;
        auto id = MemberService(store()).add(member, DuplicatePolicy::Allow);
        if (!id)
            qFatal("addMember: %s", qPrintable(id.error().message()));
        return *id;
    }

    Member member(const QString &id) { return MemberService(store()).find(id).value(); }

    // A basket for the member in the distribution with these lines (product → quantity).
    QString order(const QString &memberId, const QString &distributionId, const QList<QPair<QString, qint64>> &lines,
                  bool validate = false)
    {
        OrderService orders(store());
        const Basket basket = orders.openBasket(distributionId, memberId, Basket::Source::Coordinator).value();
        for (const auto &[productId, quantity] : lines)
            if (!orders.setLine(basket.id, productId, quantity))
                qFatal("order: setLine failed");
        if (validate && !orders.validate(basket.id))
            qFatal("order: validate failed");
        return basket.id;
    }

    qint64 totalOf(const QString &distributionId)
    {
        OrderService orders(store());
        qint64 sum = 0;
        for (const Basket &basket : orders.baskets(distributionId).value())
            sum += orders.total(basket.id).value();
        return sum;
    }

    int liveRows(const QString &sql, const QString &value)
    {
        Query query(store().database(), sql);
        query.bind(value);
        if (!query.exec() || !query.next())
            return -1;
        return int(query.integer(0));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        CatalogueService catalogues(store());
        Producer producer;
        producer.name = u"Ferme"_s;
        Catalogue catalogue;
        catalogue.producerId = catalogues.addProducer(producer).value();
        catalogue.name = u"Tout"_s;
        const QString catalogueId = catalogues.addCatalogue(catalogue).value();
        Product carrots;
        carrots.catalogueId = catalogueId;
        carrots.name = u"Carottes"_s;
        carrots.priceCents = 240;
        m_carrotsId = catalogues.addProduct(carrots).value();
        Product cheese = carrots;
        cheese.name = u"Comté"_s;
        cheese.priceCents = 1890;
        cheese.weightPriced = true;
        m_cheeseId = catalogues.addProduct(cheese).value();
        Place place;
        place.name = u"Salle"_s;
        const QString placeId = CalendarService(store()).addPlace(place).value();
        Distribution distribution;
        distribution.placeId = placeId;
        distribution.date = QDate(2026, 12, 3);
        m_firstDistributionId = CalendarService(store()).addDistribution(distribution, {catalogueId}).value();
        distribution.date = QDate(2026, 12, 10);
        m_secondDistributionId = CalendarService(store()).addDistribution(distribution, {catalogueId}).value();
    }

    void cleanup() { m_test.reset(); }

    // Phones and identity keys

    void phoneWrittenAnyWayIsOneNumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("spaces") << u"06 12 34 56 78"_s;
        QTest::newRow("international") << u"+33 6 12 34 56 78"_s;
        QTest::newRow("digits") << u"0612345678"_s;
        QTest::newRow("dots") << u"06.12.34.56.78"_s;
        QTest::newRow("double zero") << u"0033 612 345 678"_s;
        QTest::newRow("trunk zero in brackets") << u"+33 (0)6 12 34 56 78"_s;
        QTest::newRow("dashes and no-break spaces") << u"06-12\u00A034-56\u202F78"_s;
    }
    void phoneWrittenAnyWayIsOneNumber()
    {
        QFETCH(QString, typed);
        QCOMPARE(PhoneNumber::normalize(typed).value_or(u"none"_s), u"+33612345678"_s);
        QCOMPARE(PhoneNumber::display(u"+33612345678"_s), u"06 12 34 56 78"_s);
    }

    void nameKeyIgnoresCaseAccentsAndOrder()
    {
        Member typed;
        typed.firstName = u"helene"_s;
        typed.lastName = u"DUPRE"_s;
        QCOMPARE(MemberIdentity::nameKey(u"Hélène"_s, u"Dupré"_s), u"dupre helene"_s);
        QVERIFY(MemberIdentity::nameKeys(typed).contains(u"dupre helene"_s));
        Member swapped;
        swapped.firstName = u"Dupré"_s;
        swapped.lastName = u"Hélène"_s;
        QVERIFY(MemberIdentity::nameKeys(swapped).contains(u"dupre helene"_s));
        // The store's derived column holds the same key.
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        Query query(store().database(), u"SELECT name_key FROM member WHERE id = ?"_s);
        query.bind(id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.text(0), u"dupre helene"_s);
    }

    // Duplicates

    void samePhoneTypedDifferentlyIsADuplicate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("spaces") << u"06 12 34 56 78"_s;
        QTest::newRow("international") << u"+33 6 12 34 56 78"_s;
        QTest::newRow("digits") << u"0612345678"_s;
        QTest::newRow("dots") << u"06.12.34.56.78"_s;
    }
    void samePhoneTypedDifferentlyIsADuplicate()
    {
        QFETCH(QString, typed);
        addMember(u"Hélène"_s, u"Dupré"_s, u"06 12 34 56 78"_s);
        const QString before = DatabaseSnapshot::take(store());
        Member other;
        other.firstName = u"Marc"_s;
        other.lastName = u"Vidal"_s;
        other.phone = typed;
        const auto added = MemberService(store()).add(other);
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), ErrorKind::NeedsConfirmation);
        QVERIFY2(added.error().message().contains(u"Dupré Hélène has the same phone number (06 12 34 56 78)"_s),
                 qPrintable(added.error().message()));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void sameEmailIgnoringCaseIsADuplicate()
    {
        addMember(u"Hélène"_s, u"Dupré"_s, {}, u"Helene.Dupre@Example.org"_s);
        Member other;
        other.firstName = u"H."_s;
        other.lastName = u"Dupré-Martin"_s;
        other.email = u"helene.dupre@example.ORG"_s;
        const auto added = MemberService(store()).add(other);
        QCOMPARE(added.error().kind(), ErrorKind::NeedsConfirmation);
        QVERIFY(added.error().message().contains(u"the same e-mail address"_s));
    }

    void sameNameIgnoringCaseAndAccentsIsADuplicate_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("lowercase without accents") << u"helene"_s << u"dupre"_s;
        QTest::newRow("capitals") << u"HÉLÈNE"_s << u"DUPRÉ"_s;
        QTest::newRow("swapped") << u"Dupré"_s << u"Hélène"_s;
        QTest::newRow("extra spaces") << u"  Hélène "_s << u"Dupré  "_s;
    }
    void sameNameIgnoringCaseAndAccentsIsADuplicate()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        Member other;
        other.firstName = first;
        other.lastName = last;
        other.email = u"autre@example.org"_s;
        const auto added = MemberService(store()).add(other);
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), ErrorKind::NeedsConfirmation);
        QVERIFY(added.error().message().contains(u"Dupré Hélène has the same name"_s));
    }

    void duplicatesOfListsEveryMatchAndWhy()
    {
        const QString byPhone = addMember(u"Marc"_s, u"Vidal"_s, u"0612345678"_s);
        const QString byName = addMember(u"Hélène"_s, u"Dupré"_s, {}, u"h@example.org"_s);
        addMember(u"Paul"_s, u"Arnaud"_s, u"0700000000"_s);
        Member typed;
        typed.firstName = u"helene"_s;
        typed.lastName = u"dupre"_s;
        typed.phone = u"06 12 34 56 78"_s;
        const auto matches = MemberService(store()).duplicatesOf(typed);
        QVERIFY(matches);
        QCOMPARE(matches->size(), 2);
        for (const DuplicateMatch &match : *matches) {
            if (match.existing.id == byPhone)
                QVERIFY(match.samePhone && !match.sameName && !match.sameEmail);
            else
                QVERIFY(match.existing.id == byName && match.sameName && !match.samePhone);
        }
    }

    void partnerPhoneCountsAsTheSameNumber()
    {
        Member couple;
        couple.firstName = u"Jean"_s;
        couple.lastName = u"Roux"_s;
        couple.phone = u"0611111111"_s;
        couple.partnerPhone = u"06 22 22 22 22"_s;
        QVERIFY(MemberService(store()).add(couple));
        Member other;
        other.firstName = u"Léa"_s;
        other.lastName = u"Roux"_s;
        other.phone = u"+33622222222"_s;
        QCOMPARE(MemberService(store()).add(other).error().kind(), ErrorKind::NeedsConfirmation);
    }

    // The second person's e-mail is looked up like the first's: a newcomer whose address is
    // another member's partner's (in other capitals) is flagged, naming that address.
    void partnerEmailCountsAsTheSameAddress()
    {
        Member couple;
        couple.firstName = u"Jean"_s;
        couple.lastName = u"Roux"_s;
        couple.phone = u"0611111111"_s;
        couple.partnerFirstName = u"Léa"_s;
        couple.partnerEmail = u"Lea.Roux@Example.org"_s;
        const QString coupleId = MemberService(store()).add(couple).value();
        Member other;
        other.firstName = u"Léa"_s;
        other.lastName = u"Morel"_s;
        other.email = u"lea.roux@example.ORG"_s;
        const QString before = DatabaseSnapshot::take(store());
        const auto added = MemberService(store()).add(other);
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), ErrorKind::NeedsConfirmation);
        QVERIFY2(added.error().message().contains(u"the same e-mail address (Lea.Roux@Example.org)"_s),
                 qPrintable(added.error().message()));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        const auto matches = MemberService(store()).duplicatesOf(other).value();
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().existing.id, coupleId);
        QVERIFY(matches.first().sameEmail && !matches.first().samePhone && !matches.first().sameName);
    }

    // The same resemblance brought by a change: giving a member the address of another member's
    // partner needs confirming.
    void anUpdateTakingAPartnersEmailIsFlagged()
    {
        Member couple;
        couple.firstName = u"Jean"_s;
        couple.lastName = u"Roux"_s;
        couple.phone = u"0611111111"_s;
        couple.partnerEmail = u"lea@example.org"_s;
        QVERIFY(MemberService(store()).add(couple));
        const QString id = addMember(u"Léa"_s, u"Morel"_s, u"0733333333"_s);
        Member changed = member(id);
        changed.email = u"LEA@example.org"_s;
        const QString before = DatabaseSnapshot::take(store());
        const Status updated = MemberService(store()).update(changed);
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind(), ErrorKind::NeedsConfirmation);
        QVERIFY2(updated.error().message().contains(u"Roux Jean"_s), qPrintable(updated.error().message()));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        QVERIFY(MemberService(store()).update(changed, DuplicatePolicy::Allow));
    }

    void archivedMemberIsStillADuplicateAndSaidSo()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        QVERIFY(MemberService(store()).setArchived(id, true));
        Member other;
        other.firstName = u"Hélène"_s;
        other.lastName = u"Dupré"_s;
        other.phone = u"0699999999"_s;
        const auto added = MemberService(store()).add(other);
        QCOMPARE(added.error().kind(), ErrorKind::NeedsConfirmation);
        QVERIFY(added.error().message().contains(u"(archived)"_s));
    }

    void saveAnywayCreatesTheDuplicate()
    {
        addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        Member other;
        other.firstName = u"Hélène"_s;
        other.lastName = u"Dupré"_s;
        other.phone = u"0612345678"_s;
        const auto added = MemberService(store()).add(other, DuplicatePolicy::Allow);
        QVERIFY(added);
        QCOMPARE(MemberService(store()).list().value().size(), 2);
    }

    void differentPeopleAreNotDuplicates()
    {
        addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s, u"helene@example.org"_s);
        Member other;
        other.firstName = u"Hélène"_s;
        other.lastName = u"Duprat"_s;
        other.phone = u"0612345679"_s;
        other.email = u"helene@example.com"_s;
        QVERIFY(MemberService(store()).add(other));
    }

    void updateFlagsOnlyANewResemblance()
    {
        const QString first = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString second = addMember(u"Hélène"_s, u"Dupré"_s, u"0699999999"_s);
        // Already alike by name: changing the town of one is no new resemblance.
        Member changed = member(second);
        changed.town = u"Lyon"_s;
        QVERIFY(MemberService(store()).update(changed));
        // Giving it the other one's phone is.
        changed.phone = u"06 12 34 56 78"_s;
        const QString before = DatabaseSnapshot::take(store());
        const Status updated = MemberService(store()).update(changed);
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind(), ErrorKind::NeedsConfirmation);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        QVERIFY(MemberService(store()).update(changed, DuplicatePolicy::Allow));
        QCOMPARE(member(second).phone, member(first).phone);
    }

    void aMemberIsNotTheirOwnDuplicate()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        Member changed = member(id);
        changed.notes = u"Sans gluten"_s;
        QVERIFY(MemberService(store()).update(changed));
    }

    // Archive and erase

    void memberWithOrdersIsNeverErased()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        order(id, m_firstDistributionId, {{m_carrotsId, 2}});
        QCOMPARE(MemberService(store()).orderCount(id).value(), 1);
        const QString before = DatabaseSnapshot::take(store());
        const Status erased = MemberService(store()).erase(id);
        QVERIFY(!erased);
        QCOMPARE(erased.error().kind(), ErrorKind::Conflict);
        QVERIFY2(erased.error().message().contains(u"archive"_s), qPrintable(erased.error().message()));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        QVERIFY(MemberService(store()).setArchived(id, true));
        QVERIFY(member(id).archived);
    }

    void memberWithACancelledOrderIsNotErasedEither()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString basketId = order(id, m_firstDistributionId, {{m_carrotsId, 2}});
        QVERIFY(OrderService(store()).cancel(basketId));
        QCOMPARE(MemberService(store()).erase(id).error().kind(), ErrorKind::Conflict);
    }

    void memberWithoutOrdersIsErasedAsATombstone()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        QVERIFY(MemberService(store()).erase(id));
        QCOMPARE(MemberService(store()).find(id).error().kind(), ErrorKind::NotFound);
        QCOMPARE(liveRows(u"SELECT deleted FROM member WHERE id = ?"_s, id), 1);
        QCOMPARE(MemberService(store()).erase(id).error().kind(), ErrorKind::NotFound);
    }

    void archivedMembersAreHiddenUnlessAsked()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        addMember(u"Marc"_s, u"Vidal"_s, u"0700000000"_s);
        QVERIFY(MemberService(store()).setArchived(id, true));
        MemberListQuery list(store());
        QCOMPARE(list.count({}).value(), 1);
        MemberListRequest all;
        all.includeArchived = true;
        QCOMPARE(list.count(all).value(), 2);
        QVERIFY(MemberService(store()).setArchived(id, false));
        QCOMPARE(list.count({}).value(), 2);
    }

    // Merge

    void mergeMovesTheDuplicatesBasketsAndErasesIt()
    {
        const QString kept = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString duplicate = addMember(u"helene"_s, u"dupre"_s, {}, u"helene@example.org"_s);
        const QString basketId = order(duplicate, m_firstDistributionId, {{m_carrotsId, 3}}, true);
        const qint64 total = totalOf(m_firstDistributionId);

        const auto report = MemberMerge(store()).merge(kept, duplicate);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
        QCOMPARE(report->basketsMoved, 1);
        QCOMPARE(report->basketsCombined, 0);
        QCOMPARE(OrderService(store()).basket(basketId).value().memberId, kept);
        QCOMPARE(MemberService(store()).find(duplicate).error().kind(), ErrorKind::NotFound);
        QCOMPARE(totalOf(m_firstDistributionId), total);
        // The kept record took the e-mail it lacked, not the name it had.
        QCOMPARE(member(kept).email, u"helene@example.org"_s);
        QCOMPARE(member(kept).firstName, u"Hélène"_s);
        QVERIFY(report->fieldsFilled.contains(u"email"_s));
    }

    void mergeCombinesBasketsOfTheSameDistribution()
    {
        const QString kept = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString duplicate = addMember(u"Hélène"_s, u"Dupré"_s, u"0799999999"_s);
        const QString keptBasket = order(kept, m_firstDistributionId, {{m_carrotsId, 2}, {m_cheeseId, 300}});
        order(duplicate, m_firstDistributionId, {{m_carrotsId, 1}, {m_cheeseId, 200}}, true);
        order(duplicate, m_secondDistributionId, {{m_carrotsId, 5}});
        const qint64 firstTotal = totalOf(m_firstDistributionId);

        const auto report = MemberMerge(store()).merge(kept, duplicate);
        QVERIFY(report);
        QCOMPARE(report->basketsCombined, 1);
        QCOMPARE(report->basketsMoved, 1);

        const auto lines = OrderService(store()).lines(keptBasket).value();
        QCOMPARE(lines.size(), 2);
        for (const OrderLine &line : lines) {
            // Quantities add up, and the combined basket is validated because one was: every
            // line carries a frozen price.
            QCOMPARE(line.quantity, line.productId == m_carrotsId ? qint64(3) : qint64(500));
            QVERIFY(line.unitPriceCents.has_value());
        }
        const Basket combined = OrderService(store()).basket(keptBasket).value();
        QCOMPARE(combined.status, Basket::Status::Validated);
        QCOMPARE(OrderService(store()).baskets(m_firstDistributionId).value().size(), 1);
        QCOMPARE(totalOf(m_firstDistributionId), firstTotal);
        QCOMPARE(OrderService(store()).baskets(m_secondDistributionId).value().first().memberId, kept);
        // The other phone is kept in the notes, not lost.
        QVERIFY(member(kept).notes.contains(u"07 99 99 99 99"_s));
    }

    void mergeDropsACancelledBasketForTheLiveOne()
    {
        const QString kept = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString duplicate = addMember(u"Hélène"_s, u"Dupré"_s, u"0799999999"_s);
        const QString keptBasket = order(kept, m_firstDistributionId, {{m_carrotsId, 2}});
        QVERIFY(OrderService(store()).cancel(keptBasket));
        const QString duplicateBasket = order(duplicate, m_firstDistributionId, {{m_carrotsId, 4}});
        const auto report = MemberMerge(store()).merge(kept, duplicate);
        QVERIFY(report);
        QCOMPARE(report->basketsDropped, 1);
        const auto baskets = OrderService(store()).baskets(m_firstDistributionId).value();
        QCOMPARE(baskets.size(), 1);
        QCOMPARE(baskets.first().id, duplicateBasket);
        QCOMPARE(baskets.first().memberId, kept);
    }

    void mergeAsksToWeighAgainWhenOnlyOneLineWasWeighed()
    {
        const QString kept = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString duplicate = addMember(u"Hélène"_s, u"Dupré"_s, u"0799999999"_s);
        const QString keptBasket = order(kept, m_firstDistributionId, {{m_cheeseId, 300}});
        const QString duplicateBasket = order(duplicate, m_firstDistributionId, {{m_cheeseId, 200}});
        OrderLine weighed = OrderService(store()).lines(duplicateBasket).value().first();
        weighed.weighedGrams = 215;
        QVERIFY(OrderLineRepository(store()).update(weighed));
        const auto report = MemberMerge(store()).merge(kept, duplicate);
        QVERIFY(report);
        QCOMPARE(report->linesToWeighAgain, QStringList{m_cheeseId});
        const OrderLine line = OrderService(store()).lines(keptBasket).value().first();
        QCOMPARE(line.quantity, qint64(500));
        QVERIFY(!line.weighedGrams.has_value());
    }

    void mergePlanWritesNothing()
    {
        const QString kept = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString duplicate = addMember(u"Hélène"_s, u"Dupré"_s, {}, u"h@example.org"_s);
        order(duplicate, m_firstDistributionId, {{m_carrotsId, 3}});
        const QString before = DatabaseSnapshot::take(store());
        const auto plan = MemberMerge(store()).plan(kept, duplicate);
        QVERIFY(plan);
        QCOMPARE(plan->basketsMoved, 1);
        QCOMPARE(plan->kept.email, u"h@example.org"_s);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void mergeRefusesBadPairsAndChangesNothing()
    {
        const QString kept = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        const QString gone = addMember(u"Paul"_s, u"Arnaud"_s, u"0700000000"_s);
        QVERIFY(MemberAnonymiser(store()).anonymise(gone));
        const QString before = DatabaseSnapshot::take(store());
        QCOMPARE(MemberMerge(store()).merge(kept, kept).error().kind(), ErrorKind::Validation);
        QCOMPARE(MemberMerge(store()).merge(kept, u"00000000-0000-4000-8000-000000000000"_s).error().kind(),
                 ErrorKind::NotFound);
        QCOMPARE(MemberMerge(store()).merge(kept, gone).error().kind(), ErrorKind::Conflict);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void combineFillsOnlyEmptyFields()
    {
        Member kept;
        kept.firstName = u"Hélène"_s;
        kept.lastName = u"Dupré"_s;
        kept.phone = u"+33612345678"_s;
        kept.town = u"Lyon"_s;
        kept.notes = u"Sans gluten"_s;
        kept.memberSince = QDate(2025, 3, 1);
        kept.archived = true;
        Member duplicate;
        duplicate.firstName = u"H"_s;
        duplicate.lastName = u"Dupré"_s;
        duplicate.phone = u"+33612345678"_s;
        duplicate.email = u"h@example.org"_s;
        duplicate.notifications = true;
        duplicate.town = u"Villeurbanne"_s;
        duplicate.postcode = u"69100"_s;
        duplicate.notes = u"Appeler le matin"_s;
        duplicate.memberSince = QDate(2023, 1, 15);
        QStringList filled;
        const Member merged = MemberMerge::combine(kept, duplicate, &filled);
        QCOMPARE(merged.firstName, u"Hélène"_s);
        QCOMPARE(merged.town, u"Lyon"_s);
        QCOMPARE(merged.postcode, u"69100"_s);
        QCOMPARE(merged.email, u"h@example.org"_s);
        QVERIFY(merged.notifications);
        QCOMPARE(merged.notes, u"Sans gluten\nAppeler le matin"_s);
        QCOMPARE(merged.memberSince, QDate(2023, 1, 15));
        QVERIFY(!merged.archived);
        QCOMPARE(filled, (QStringList{u"email"_s, u"postcode"_s, u"notes"_s, u"notifications"_s, u"member_since"_s,
                                      u"archived"_s}));
    }

    // Anonymise

    void anonymisedMemberIsForgottenButTheirOrdersCount()
    {
        Member full;
        full.firstName = u"Hélène"_s;
        full.lastName = u"Dupré"_s;
        full.phone = u"06 12 34 56 78"_s;
        full.email = u"helene@example.org"_s;
        full.partnerFirstName = u"Marc"_s;
        full.partnerPhone = u"0711223344"_s;
        full.address1 = u"2 rue d’Austerlitz"_s;
        full.postcode = u"69004"_s;
        full.town = u"Lyon"_s;
        full.notes = u"Allergique aux noix"_s;
        full.notifications = true;
        const QString id = MemberService(store()).add(full).value();
        Member changed = member(id);
        changed.email = u"helene.dupre@example.org"_s;
        QVERIFY(MemberService(store()).update(changed));
        order(id, m_firstDistributionId, {{m_carrotsId, 3}}, true);
        const qint64 total = totalOf(m_firstDistributionId);

        QVERIFY(MemberAnonymiser(store()).anonymise(id));
        const Member forgotten = member(id);
        for (const QString &value : {forgotten.firstName, forgotten.lastName, forgotten.phone, forgotten.email,
                                     forgotten.partnerFirstName, forgotten.partnerPhone, forgotten.address1,
                                     forgotten.postcode, forgotten.town, forgotten.notes})
            QVERIFY(value.isEmpty());
        QVERIFY(forgotten.anonymised && forgotten.archived && !forgotten.notifications);
        QCOMPARE(forgotten.displayName(), u"Former member"_s);
        QCOMPARE(totalOf(m_firstDistributionId), total);
        QCOMPARE(OrderService(store()).baskets(m_firstDistributionId).value().first().memberId, id);

        // Nothing personal is left anywhere in the file: not in the record, its search
        // columns, nor the audit trail.
        const QString everything = DatabaseSnapshot::take(store());
        for (const QString &personal : {u"Hélène"_s, u"Dupré"_s, u"612345678"_s, u"helene"_s, u"Austerlitz"_s,
                                        u"noix"_s, u"711223344"_s, u"Marc"_s})
            QVERIFY2(!everything.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
    }

    void anonymisedMemberCannotBeFilledInAgain()
    {
        const QString id = addMember(u"Hélène"_s, u"Dupré"_s, u"0612345678"_s);
        QVERIFY(MemberAnonymiser(store()).anonymise(id));
        Member again = member(id);
        again.lastName = u"Dupré"_s;
        again.phone = u"0612345678"_s;
        QCOMPARE(MemberService(store()).update(again).error().kind(), ErrorKind::Conflict);
        QCOMPARE(MemberService(store()).setArchived(id, false).error().kind(), ErrorKind::Conflict);
        // Nor is a new member with the same phone a duplicate of them.
        Member newcomer;
        newcomer.lastName = u"Dupré"_s;
        newcomer.phone = u"0612345678"_s;
        QVERIFY(MemberService(store()).add(newcomer));
    }

    void anonymisingAnUnknownMemberIsNotFound()
    {
        const QString before = DatabaseSnapshot::take(store());
        QCOMPARE(MemberAnonymiser(store()).anonymise(u"00000000-0000-4000-8000-000000000000"_s).error().kind(),
                 ErrorKind::NotFound);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    // The list

    void searchFindsNamesPhonesEmailsAndTowns_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("found");
        QTest::newRow("first name without accent") << u"helene"_s << 1;
        QTest::newRow("last name with accent") << u"Dupré"_s << 1;
        QTest::newRow("two words in any order") << u"dupre hel"_s << 1;
        QTest::newRow("phone fragment with spaces") << u"34 56"_s << 1;
        QTest::newRow("phone national start") << u"0612"_s << 1;
        QTest::newRow("phone international") << u"+33 6 12"_s << 1;
        QTest::newRow("phone with dots") << u"06.12.34"_s << 1;
        QTest::newRow("e-mail part") << u"vidal@"_s << 1;
        QTest::newRow("town") << u"villeur"_s << 1;
        QTest::newRow("nobody") << u"zzz"_s << 0;
        QTest::newRow("like wildcard is text") << u"%"_s << 0;
        QTest::newRow("underscore is text") << u"_"_s << 0;
        QTest::newRow("empty finds all") << QString() << 3;
    }
    void searchFindsNamesPhonesEmailsAndTowns()
    {
        QFETCH(QString, typed);
        QFETCH(int, found);
        addMember(u"Hélène"_s, u"Dupré"_s, u"06 12 34 56 78"_s);
        const QString marc = addMember(u"Marc"_s, u"Vidal"_s, {}, u"marc.vidal@example.org"_s);
        Member withTown = member(marc);
        withTown.town = u"Villeurbanne"_s;
        QVERIFY(MemberService(store()).update(withTown));
        addMember(u"Paul"_s, u"Arnaud"_s, u"07 00 00 00 01"_s);
        MemberListRequest request;
        request.text = typed;
        QCOMPARE(MemberListQuery(store()).count(request).value(), found);
        QCOMPARE(MemberListQuery(store()).page(request, 0, 50).value().size(), found);
    }

    void listSortsByEachColumnWithEmptiesLast()
    {
        const QString emile = addMember(u"Émile"_s, u"Zola"_s, u"0700000002"_s);
        const QString anne = addMember(u"Anne"_s, u"écrivain"_s, {}, u"anne@example.org"_s);
        const QString bob = addMember(u"Bob"_s, u"Durand"_s, u"0600000001"_s, u"bob@example.org"_s);
        MemberListQuery list(store());
        const auto ids = [&](MemberListRequest::Sort sort, bool descending) {
            MemberListRequest request;
            request.sort = sort;
            request.descending = descending;
            QStringList order;
            for (const Member &m : list.page(request, 0, 10).value())
                order.append(m.id);
            return order;
        };
        // Accents do not send "écrivain" after "Zola".
        QCOMPARE(ids(MemberListRequest::Sort::Name, false), (QStringList{bob, anne, emile}));
        QCOMPARE(ids(MemberListRequest::Sort::Name, true), (QStringList{emile, anne, bob}));
        QCOMPARE(ids(MemberListRequest::Sort::Phone, false), (QStringList{bob, emile, anne}));
        QCOMPARE(ids(MemberListRequest::Sort::Phone, true), (QStringList{emile, bob, anne}));
        QCOMPARE(ids(MemberListRequest::Sort::Email, false), (QStringList{anne, bob, emile}));
    }

    // Town: ignoring case, empty towns last both ways, ties by name; the whole order, not
    // just its ends.
    void listSortsByTownWholly()
    {
        const auto withTown = [&](const QString &first, const QString &last, const QString &phone, const QString &town) {
            Member m = member(addMember(first, last, phone));
            m.town = town;
            if (Status updated = MemberService(store()).update(m, DuplicatePolicy::Allow); !updated)
                qFatal("%s", qPrintable(updated.error().message()));
            return m.id;
        };
        const QString lyonB = withTown(u"Bruno"_s, u"Blanc"_s, u"0600000011"_s, u"Lyon"_s);
        const QString none = withTown(u"Nina"_s, u"Noir"_s, u"0600000012"_s, QString());
        const QString annecy = withTown(u"Zoé"_s, u"Zeller"_s, u"0600000013"_s, u"annecy"_s);
        const QString lyonA = withTown(u"Anne"_s, u"Aubert"_s, u"0600000014"_s, u"LYON"_s);
        const QString villeurbanne = withTown(u"Marc"_s, u"Mas"_s, u"0600000015"_s, u"Villeurbanne"_s);
        const QString bron = withTown(u"Paul"_s, u"Petit"_s, u"0600000016"_s, u"Bron"_s);
        MemberListQuery list(store());
        const auto ids = [&](bool descending, int limit) {
            MemberListRequest request;
            request.sort = MemberListRequest::Sort::Town;
            request.descending = descending;
            QStringList order;
            for (const Member &m : list.page(request, 0, limit).value())
                order.append(m.id);
            return order;
        };
        QCOMPARE(ids(false, 10), (QStringList{annecy, bron, lyonA, lyonB, villeurbanne, none}));
        QCOMPARE(ids(true, 10), (QStringList{villeurbanne, lyonA, lyonB, bron, annecy, none}));
        QCOMPARE(ids(false, 3), (QStringList{annecy, bron, lyonA}));
    }

    void listIsReadInPagesThatNeverOverlap()
    {
        for (int i = 0; i < 25; ++i)
            addMember(u"Prénom"_s, u"Même nom"_s, u"06000000%1"_s.arg(i, 2, 10, QChar(u'0')));
        MemberListQuery list(store());
        QSet<QString> seen;
        for (int offset = 0; offset < 25; offset += 10) {
            for (const Member &m : list.page({}, offset, 10).value())
                seen.insert(m.id);
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(list.count({}).value(), 25);
    }
};

QTEST_GUILESS_MAIN(TestMembers)
#include "tst_members.moc"
