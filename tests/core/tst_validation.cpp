#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/MemberService.h"
#include "services/OrderService.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Every rule refuses its bad input with a message naming the problem, and the database is
// exactly as it was before.
class TestValidation : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_test;
    QString m_producerId;
    QString m_catalogueId;
    QString m_productId;
    QString m_placeId;
    QString m_distributionId;
    QString m_memberId;
    QString m_snapshot;

    Store &store() { return m_test->store(); }

    template <typename Outcome>
    void expectRefusal(const Outcome &outcome, ErrorKind kind, const QString &messagePart, const QString &field = {})
    {
        QVERIFY2(!outcome.ok(), "the bad input was accepted");
        QCOMPARE(outcome.error().kind(), kind);
        QVERIFY2(outcome.error().message().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(outcome.error().message()));
        if (!field.isEmpty())
            QCOMPARE(outcome.error().field(), field);
        QCOMPARE(DatabaseSnapshot::take(store()), m_snapshot);
    }

    Member validMember() const
    {
        Member member;
        member.firstName = u"Hélène"_s;
        member.lastName = u"Dupré"_s;
        member.phone = u"06 12 34 56 78"_s;
        return member;
    }

    Product validProduct() const
    {
        Product product;
        product.catalogueId = m_catalogueId;
        product.name = u"Poireaux"_s;
        product.priceCents = 280;
        return product;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        CatalogueService catalogues(store());
        Producer producer;
        producer.name = u"Ferme"_s;
        m_producerId = catalogues.addProducer(producer).value();
        Catalogue catalogue;
        catalogue.producerId = m_producerId;
        catalogue.name = u"Légumes"_s;
        m_catalogueId = catalogues.addCatalogue(catalogue).value();
        Product product = validProduct();
        product.reference = u"POI"_s;
        m_productId = catalogues.addProduct(product).value();
        Place place;
        place.name = u"Salle"_s;
        m_placeId = CalendarService(store()).addPlace(place).value();
        Distribution distribution;
        distribution.placeId = m_placeId;
        distribution.date = QDate(2026, 12, 3);
        m_distributionId = CalendarService(store()).addDistribution(distribution, {m_catalogueId}).value();
        m_memberId = MemberService(store()).add(validMember()).value();
        m_snapshot = DatabaseSnapshot::take(store());
    }

    void cleanup() { m_test.reset(); }

    // Members

    void memberNeedsAName()
    {
        Member member = validMember();
        member.firstName = u"   "_s;
        member.lastName = QString();
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"name"_s, u"lastName"_s);
    }

    void memberNeedsAWayToBeReached()
    {
        Member member = validMember();
        member.phone.clear();
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"phone number or an e-mail"_s,
                      u"phone"_s);
    }

    void archivedMemberMayHaveNoContact()
    {
        Member member = validMember();
        member.phone.clear();
        member.archived = true;
        // The same name as the member made in init(): a namesake is allowed when the user says so.
        QVERIFY(MemberService(store()).add(member, DuplicatePolicy::Allow));
    }

    void malformedEmailIsRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no at") << u"helene.example.org"_s;
        QTest::newRow("no domain") << u"helene@"_s;
        QTest::newRow("spaces") << u"helene dupre@example.org"_s;
        QTest::newRow("sql") << u"'); DROP TABLE member; --"_s;
    }
    void malformedEmailIsRefused()
    {
        QFETCH(QString, email);
        Member member = validMember();
        member.email = email;
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"is not valid"_s, u"email"_s);
    }

    void malformedPartnerEmailIsRefused()
    {
        Member member = validMember();
        member.partnerEmail = u"marc@"_s;
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"second person"_s, u"partnerEmail"_s);
    }

    void malformedPhoneIsRefused()
    {
        Member member = validMember();
        member.phone = u"06 12 AB"_s;
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"not a telephone number"_s, u"phone"_s);
    }

    void overLongTextIsRefused()
    {
        Member member = validMember();
        member.lastName = QString(101, u'x');
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"too long"_s, u"lastName"_s);
        member = validMember();
        member.notes = QString(4001, u'y');
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"too long"_s, u"notes"_s);
    }

    void controlCharactersAreRefused()
    {
        Member member = validMember();
        member.town = u"Lyon\u0007"_s;
        expectRefusal(MemberService(store()).add(member), ErrorKind::Validation, u"control character"_s, u"town"_s);
    }

    void quotesAndSqlAreKeptAsText()
    {
        Member member = validMember();
        member.lastName = u"O'Brien\"; DROP TABLE member; --"_s;
        member.notes = u"Robert'); DELETE FROM basket; --"_s;
        const auto added = MemberService(store()).add(member, DuplicatePolicy::Allow);
        QVERIFY2(added, qPrintable(added.error().message()));
        auto stored = MemberService(store()).find(added.value());
        QVERIFY(stored);
        QCOMPARE(stored->lastName, member.lastName);
        QCOMPARE(stored->notes, member.notes);
        const auto found = MemberService(store()).list({u"O'Brien"_s, false, -1});
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        const auto wildcard = MemberService(store()).list({u"%"_s, false, -1});
        QVERIFY(wildcard);
        QCOMPARE(wildcard->size(), 0);
    }

    void updatingAnUnknownMemberIsNotFound()
    {
        Member member = validMember();
        member.id = u"00000000-0000-4000-8000-000000000000"_s;
        expectRefusal(MemberService(store()).update(member), ErrorKind::NotFound, u"No member"_s);
    }

    void aBadUpdateLeavesTheMemberAsItWas()
    {
        Member member = MemberService(store()).find(m_memberId).value();
        member.email = u"not-an-address"_s;
        expectRefusal(MemberService(store()).update(member), ErrorKind::Validation, u"is not valid"_s);
    }

    void allProblemsAreReportedTogether()
    {
        Member member;
        member.email = u"bad"_s;
        member.phone = u"12"_s;
        const auto outcome = MemberService(store()).add(member);
        QVERIFY(!outcome);
        QVERIFY(outcome.error().issues().size() >= 3);
    }

    // Producers, catalogues, products

    void producerNeedsAName()
    {
        Producer producer;
        expectRefusal(CatalogueService(store()).addProducer(producer), ErrorKind::Validation, u"producer’s name"_s, u"name"_s);
    }

    void producerSiretHasFourteenDigits()
    {
        Producer producer;
        producer.name = u"Ferme"_s;
        producer.siret = u"1234"_s;
        expectRefusal(CatalogueService(store()).addProducer(producer), ErrorKind::Validation, u"14 digits"_s, u"siret"_s);
    }

    void producerEmailAndPhoneAreChecked()
    {
        Producer producer;
        producer.name = u"Ferme"_s;
        producer.email = u"x@"_s;
        expectRefusal(CatalogueService(store()).addProducer(producer), ErrorKind::Validation, u"not valid"_s, u"email"_s);
        producer.email.clear();
        producer.phone = u"abc"_s;
        expectRefusal(CatalogueService(store()).addProducer(producer), ErrorKind::Validation, u"telephone"_s, u"phone"_s);
    }

    void catalogueNeedsANameAndAKnownProducer()
    {
        Catalogue catalogue;
        catalogue.producerId = m_producerId;
        expectRefusal(CatalogueService(store()).addCatalogue(catalogue), ErrorKind::Validation, u"catalogue’s name"_s);
        catalogue.name = u"Pains"_s;
        catalogue.producerId = u"00000000-0000-4000-8000-000000000000"_s;
        expectRefusal(CatalogueService(store()).addCatalogue(catalogue), ErrorKind::NotFound, u"No producer"_s);
    }

    void catalogueRuleMustMakeSense()
    {
        Catalogue catalogue;
        catalogue.producerId = m_producerId;
        catalogue.name = u"Pains"_s;
        catalogue.rule.opensDaysBefore = -1;
        expectRefusal(CatalogueService(store()).addCatalogue(catalogue), ErrorKind::Validation, u"90 days"_s);
        catalogue.rule.opensDaysBefore = 2;
        catalogue.rule.closesHoursBefore = 72;
        expectRefusal(CatalogueService(store()).addCatalogue(catalogue), ErrorKind::Validation, u"close after they open"_s);
    }

    void productNeedsAName()
    {
        Product product = validProduct();
        product.name = u" "_s;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Validation, u"product’s name"_s, u"name"_s);
    }

    void negativeOrZeroPriceIsRefused_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::newRow("negative") << qint64(-100);
        QTest::newRow("zero") << qint64(0);
    }
    void negativeOrZeroPriceIsRefused()
    {
        QFETCH(qint64, cents);
        Product product = validProduct();
        product.priceCents = cents;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Validation, u"more than zero"_s,
                      u"priceCents"_s);
    }

    void absurdPriceIsRefused()
    {
        Product product = validProduct();
        product.priceCents = 50'000'000;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Validation, u"not plausible"_s,
                      u"priceCents"_s);
    }

    void vatRateIsBounded()
    {
        Product product = validProduct();
        product.vatRateBasisPoints = 5000;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Validation, u"VAT rate"_s);
        product.vatRateBasisPoints = -550;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Validation, u"VAT rate"_s);
    }

    void pieceWeightOnlyForWeightPricedProducts()
    {
        Product product = validProduct();
        product.pieceWeightGrams = 300;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Validation, u"priced by weight"_s);
        product.weightPriced = true;
        product.pieceWeightGrams = 500'000;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Validation, u"100 kg"_s);
    }

    void productReferenceIsUniqueInItsCatalogue()
    {
        Product product = validProduct();
        product.reference = u"POI"_s;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::Conflict, u"already used"_s, u"reference"_s);
    }

    void productInAnUnknownCatalogueIsNotFound()
    {
        Product product = validProduct();
        product.catalogueId = u"nope"_s;
        expectRefusal(CatalogueService(store()).addProduct(product), ErrorKind::NotFound, u"No catalogue"_s);
    }

    // Places and distributions

    void placeNeedsAName()
    {
        expectRefusal(CalendarService(store()).addPlace(Place()), ErrorKind::Validation, u"place’s name"_s);
    }

    void distributionMustEndAfterItStarts()
    {
        Distribution distribution;
        distribution.placeId = m_placeId;
        distribution.date = QDate(2026, 12, 10);
        distribution.startTime = QTime(19, 0);
        distribution.endTime = QTime(17, 0);
        expectRefusal(CalendarService(store()).addDistribution(distribution, {m_catalogueId}), ErrorKind::Validation,
                      u"end after it starts"_s, u"endTime"_s);
    }

    void distributionNeedsAPlausibleDate()
    {
        Distribution distribution;
        distribution.placeId = m_placeId;
        expectRefusal(CalendarService(store()).addDistribution(distribution, {}), ErrorKind::Validation, u"date"_s);
        distribution.date = QDate(1850, 1, 1);
        expectRefusal(CalendarService(store()).addDistribution(distribution, {}), ErrorKind::Validation, u"not plausible"_s);
    }

    void distributionAtAnUnknownPlaceOrWithAnUnknownCatalogue()
    {
        Distribution distribution;
        distribution.placeId = u"nowhere"_s;
        distribution.date = QDate(2026, 12, 10);
        expectRefusal(CalendarService(store()).addDistribution(distribution, {}), ErrorKind::NotFound, u"No place"_s);
        distribution.placeId = m_placeId;
        expectRefusal(CalendarService(store()).addDistribution(distribution, {m_catalogueId, u"ghost"_s}),
                      ErrorKind::NotFound, u"No catalogue"_s);
    }

    // Orders

    void lineQuantityMustBePositiveAndPlausible()
    {
        auto basket = OrderService(store()).openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator);
        QVERIFY(basket);
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(OrderService(store()).setLine(basket->id, m_productId, -2), ErrorKind::Validation, u"cannot be negative"_s);
        expectRefusal(OrderService(store()).setLine(basket->id, m_productId, 50'000), ErrorKind::Validation,
                      u"not plausible"_s);
    }

    void lineOfAnUnknownProductOrBasket()
    {
        auto basket = OrderService(store()).openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator);
        QVERIFY(basket);
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(OrderService(store()).setLine(basket->id, u"ghost"_s, 1), ErrorKind::NotFound, u"No product"_s);
        expectRefusal(OrderService(store()).setLine(u"ghost"_s, m_productId, 1), ErrorKind::NotFound, u"No order"_s);
    }

    void basketForUnknownMemberOrDistribution()
    {
        expectRefusal(OrderService(store()).openBasket(u"ghost"_s, m_memberId, Basket::Source::Coordinator),
                      ErrorKind::NotFound, u"No distribution"_s);
        expectRefusal(OrderService(store()).openBasket(m_distributionId, u"ghost"_s, Basket::Source::Coordinator),
                      ErrorKind::NotFound, u"No member"_s);
    }

    void emptyBasketCannotBeValidated()
    {
        auto basket = OrderService(store()).openBasket(m_distributionId, m_memberId, Basket::Source::Coordinator);
        QVERIFY(basket);
        m_snapshot = DatabaseSnapshot::take(store());
        expectRefusal(OrderService(store()).validate(basket->id), ErrorKind::Validation, u"without any product"_s);
    }

    // Group and users

    void groupRules()
    {
        GroupSettings group = GroupService(store()).group().value();
        group.timeZone = u"Mars/Olympus"_s;
        expectRefusal(GroupService(store()).updateGroup(group), ErrorKind::Validation, u"time zone"_s);
        group.timeZone = u"Europe/Paris"_s;
        group.currency = u"euros"_s;
        expectRefusal(GroupService(store()).updateGroup(group), ErrorKind::Validation, u"three-letter"_s);
        group.currency = u"EUR"_s;
        group.name.clear();
        expectRefusal(GroupService(store()).updateGroup(group), ErrorKind::Validation, u"group’s name"_s);
    }

    void userRules()
    {
        User user;
        expectRefusal(GroupService(store()).addUser(user), ErrorKind::Validation, u"your name"_s);
        user.name = u"Sophie"_s;
        user.role = User::Role::Producer;
        expectRefusal(GroupService(store()).addUser(user), ErrorKind::Validation, u"producer"_s);
        user.producerId = u"ghost"_s;
        expectRefusal(GroupService(store()).addUser(user), ErrorKind::NotFound, u"No producer"_s);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
