#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "repositories/ProductRepository.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Query.h"
#include "store/RowWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CatalogueFixture {
    QString producerId;
    QString catalogueId;
    QString productId;
    QString placeId;
    QString distributionId;
};

CatalogueFixture makeCatalogue(Store &store)
{
    CatalogueFixture fixture;
    CatalogueService catalogues(store);
    Producer producer;
    producer.name = u"Les Jardins de la Motte"_s;
    fixture.producerId = catalogues.addProducer(producer).value();
    Catalogue catalogue;
    catalogue.producerId = fixture.producerId;
    catalogue.name = u"Légumes"_s;
    fixture.catalogueId = catalogues.addCatalogue(catalogue).value();
    Product product;
    product.catalogueId = fixture.catalogueId;
    product.name = u"Carottes"_s;
    product.priceCents = 240;
    fixture.productId = catalogues.addProduct(product).value();
    CalendarService calendar(store);
    Place place;
    place.name = u"Salle des fêtes"_s;
    fixture.placeId = calendar.addPlace(place).value();
    Distribution distribution;
    distribution.placeId = fixture.placeId;
    distribution.date = QDate(2026, 12, 3);
    fixture.distributionId = calendar.addDistribution(distribution, {fixture.catalogueId}).value();
    return fixture;
}

int auditCount(Store &store, const QString &rowId)
{
    Query query(store.database(), u"SELECT count(*) FROM audit_entry WHERE row_id = ?"_s);
    query.bind(rowId);
    return query.exec() && query.next() ? int(query.integer(0)) : -1;
}

}

class TestStoreRoundTrips : public QObject {
    Q_OBJECT

private slots:
    void groupAndFirstUser()
    {
        TestStore test;
        auto group = GroupService(test.store()).group();
        QVERIFY(group);
        QCOMPARE(group->name, u"Test market"_s);
        QCOMPARE(group->timeZone, u"Europe/Paris"_s);
        QCOMPARE(group->currency, u"EUR"_s);
        auto user = GroupService(test.store()).currentUser();
        QVERIFY(user && user->has_value());
        QCOMPARE((*user)->name, u"Test Coordinator"_s);
        QCOMPARE((*user)->role, User::Role::Coordinator);
        QCOMPARE(test->actor(), u"Test Coordinator"_s);
    }

    void initialisingTwiceIsRefused()
    {
        TestStore test;
        const QString before = DatabaseSnapshot::take(test.store());
        GroupSettings group;
        group.name = u"Another"_s;
        User user;
        user.name = u"Someone"_s;
        const Status done = GroupService(test.store()).initialise(group, user);
        QVERIFY(!done);
        QCOMPARE(done.error().kind(), ErrorKind::Conflict);
        QCOMPARE(DatabaseSnapshot::take(test.store()), before);
    }

    void memberRoundTrip()
    {
        TestStore test;
        MemberService members(test.store());
        Member member;
        member.firstName = u"  Hélène "_s;
        member.lastName = u"Dupré"_s;
        member.partnerFirstName = u"Marc"_s;
        member.partnerLastName = u"Dupré"_s;
        member.partnerPhone = u"07 11 22 33 44"_s;
        member.partnerEmail = u"marc@example.org"_s;
        member.phone = u"06 12 34 56 78"_s;
        member.email = u"helene@example.org"_s;
        member.address1 = u"12 rue d’Austerlitz"_s;
        member.address2 = u"Bâtiment B"_s;
        member.postcode = u"69004"_s;
        member.town = u"Lyon"_s;
        member.notes = u"Sans gluten.\nAppeler le matin."_s;
        member.notifications = true;
        member.memberSince = QDate(2024, 9, 1);
        auto id = members.add(member);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));

        test.reopen();
        auto stored = MemberService(test.store()).find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->firstName, u"Hélène"_s);
        QCOMPARE(stored->lastName, u"Dupré"_s);
        QCOMPARE(stored->partnerFirstName, u"Marc"_s);
        QCOMPARE(stored->partnerPhone, u"+33711223344"_s);
        QCOMPARE(stored->partnerEmail, u"marc@example.org"_s);
        QCOMPARE(stored->phone, u"+33612345678"_s);
        QCOMPARE(stored->email, u"helene@example.org"_s);
        QCOMPARE(stored->address1, u"12 rue d’Austerlitz"_s);
        QCOMPARE(stored->address2, u"Bâtiment B"_s);
        QCOMPARE(stored->postcode, u"69004"_s);
        QCOMPARE(stored->town, u"Lyon"_s);
        QCOMPARE(stored->notes, u"Sans gluten.\nAppeler le matin."_s);
        QVERIFY(stored->notifications);
        QCOMPARE(stored->memberSince, QDate(2024, 9, 1));
        QVERIFY(!stored->archived);
        QCOMPARE(stored->stamp.updatedBy, u"Test Coordinator"_s);
        QCOMPARE(stored->stamp.updatedAt, TestStore::defaultNow());
        QCOMPARE(stored->stamp.revision, qint64(0));
    }

    void phoneOnlyMemberIsNormal()
    {
        TestStore test;
        Member member;
        member.firstName = u"Josiane"_s;
        member.lastName = u"Masson"_s;
        member.phone = u"04 78 12 34 56"_s;
        member.notifications = true; // ignored without an e-mail
        auto id = MemberService(test.store()).add(member);
        QVERIFY(id);
        auto stored = MemberService(test.store()).find(*id);
        QVERIFY(stored->email.isEmpty());
        QVERIFY(!stored->notifications);
        QCOMPARE(stored->memberSince, QDate(2026, 11, 25));
    }

    void updateWritesOnlyWhatChangedAndAudits()
    {
        TestStore test;
        MemberService members(test.store());
        Member member;
        member.lastName = u"Martin"_s;
        member.phone = u"0612345678"_s;
        const QString id = members.add(member).value();
        QCOMPARE(auditCount(test.store(), id), 1);

        test->clock().setFixed(TestStore::defaultNow().addSecs(3600));
        test->setActor(u"Camille"_s);
        Member changed = members.find(id).value();
        changed.town = u"Villeurbanne"_s;
        QVERIFY(members.update(changed));
        QCOMPARE(auditCount(test.store(), id), 2);
        auto stored = members.find(id).value();
        QCOMPARE(stored.town, u"Villeurbanne"_s);
        QCOMPARE(stored.stamp.updatedBy, u"Camille"_s);
        QCOMPARE(stored.stamp.updatedAt, TestStore::defaultNow().addSecs(3600));

        Query audit(test->database(), u"SELECT user_name, action, changes, at FROM audit_entry WHERE row_id = ? ORDER BY at DESC"_s);
        audit.bind(id);
        QVERIFY(audit.exec() && audit.next());
        QCOMPARE(audit.text(0), u"Camille"_s);
        QCOMPARE(audit.text(1), u"update"_s);
        const QJsonObject changes = QJsonDocument::fromJson(audit.text(2).toUtf8()).object();
        QCOMPARE(changes.keys(), QStringList{u"town"_s});
        QCOMPARE(changes[u"town"_s].toArray().at(0).toString(), QString());
        QCOMPARE(changes[u"town"_s].toArray().at(1).toString(), u"Villeurbanne"_s);

        // Saving the same record again changes nothing and records nothing.
        QVERIFY(members.update(members.find(id).value()));
        QCOMPARE(auditCount(test.store(), id), 2);
    }

    void producerCatalogueProductRoundTrip()
    {
        TestStore test;
        CatalogueService catalogues(test.store());
        Producer producer;
        producer.name = u"Le Rucher du Causse"_s;
        producer.contactName = u"Thomas Bonnet"_s;
        producer.phone = u"07 62 18 93 44"_s;
        producer.email = u"rucher@example.net"_s;
        producer.siret = u"900 111 222 00015"_s;
        producer.vatRegistered = false;
        const QString producerId = catalogues.addProducer(producer).value();

        Catalogue catalogue;
        catalogue.producerId = producerId;
        catalogue.name = u"Miels"_s;
        catalogue.rule.opensDaysBefore = 14;
        catalogue.rule.opensAtTime = QTime(9, 30);
        catalogue.rule.closesHoursBefore = 36;
        const QString catalogueId = catalogues.addCatalogue(catalogue).value();

        Product product;
        product.catalogueId = catalogueId;
        product.name = u"Miel de châtaignier (500 g)"_s;
        product.reference = u"MIE-CHA"_s;
        product.description = u"Récolte d’automne."_s;
        product.unit = Product::Unit::Gram;
        product.priceCents = 950;
        product.vatRateBasisPoints = 0;
        product.organic = true;
        product.bulk = true;
        product.contentThousandths = 500'000;
        product.active = false;
        const QString productId = catalogues.addProduct(product).value();

        Product weighed;
        weighed.catalogueId = catalogueId;
        weighed.name = u"Tomme"_s;
        weighed.unit = Product::Unit::Kilogram;
        weighed.priceCents = 2450;
        weighed.weightPriced = true;
        weighed.pieceWeightGrams = 350;
        const QString weighedId = catalogues.addProduct(weighed).value();

        test.reopen();
        CatalogueService reopened(test.store());
        auto storedProducer = reopened.producer(producerId).value();
        QCOMPARE(storedProducer.name, producer.name);
        QCOMPARE(storedProducer.contactName, producer.contactName);
        QCOMPARE(storedProducer.phone, u"+33762189344"_s);
        QCOMPARE(storedProducer.email, producer.email);
        QCOMPARE(storedProducer.siret, u"90011122200015"_s);
        QVERIFY(!storedProducer.vatRegistered);

        auto storedCatalogue = reopened.catalogue(catalogueId).value();
        QCOMPARE(storedCatalogue.producerId, producerId);
        QCOMPARE(storedCatalogue.name, u"Miels"_s);
        QCOMPARE(storedCatalogue.rule.opensDaysBefore, 14);
        QCOMPARE(storedCatalogue.rule.opensAtTime, QTime(9, 30));
        QCOMPARE(storedCatalogue.rule.closesHoursBefore, 36);
        QVERIFY(storedCatalogue.active);

        auto storedProduct = reopened.product(productId).value();
        QCOMPARE(storedProduct.name, product.name);
        QCOMPARE(storedProduct.reference, product.reference);
        QCOMPARE(storedProduct.description, product.description);
        QCOMPARE(storedProduct.unit, Product::Unit::Gram);
        QCOMPARE(storedProduct.priceCents, qint64(950));
        QCOMPARE(storedProduct.vatRateBasisPoints, 0);
        QVERIFY(storedProduct.organic);
        QVERIFY(storedProduct.bulk);
        QCOMPARE(storedProduct.contentThousandths, qint64(500'000));
        QVERIFY(!storedProduct.active);

        auto storedWeighed = reopened.product(weighedId).value();
        QVERIFY(storedWeighed.weightPriced);
        QCOMPARE(storedWeighed.pieceWeightGrams, 350);
        QCOMPARE(storedWeighed.unit, Product::Unit::Kilogram);

        QCOMPARE(reopened.products(catalogueId, true).value().size(), 2);
        QCOMPARE(reopened.products(catalogueId, false).value().size(), 1);
        QCOMPARE(reopened.cataloguesOf(producerId).value().size(), 1);
    }

    void placeDistributionAndWindowsRoundTrip()
    {
        TestStore test;
        const CatalogueFixture fixture = makeCatalogue(test.store());
        test.reopen();
        CalendarService calendar(test.store());
        auto place = calendar.place(fixture.placeId).value();
        QCOMPARE(place.name, u"Salle des fêtes"_s);
        auto distribution = calendar.distribution(fixture.distributionId).value();
        QCOMPARE(distribution.placeId, fixture.placeId);
        QCOMPARE(distribution.date, QDate(2026, 12, 3));
        QCOMPARE(distribution.startTime, QTime(17, 0));
        QCOMPARE(distribution.endTime, QTime(19, 0));
        auto windows = calendar.windows(fixture.distributionId).value();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.first().catalogueId, fixture.catalogueId);
        // Default rule: opens 7 days before at 08:00 (07:00 UTC in winter), closes 48 h before
        // Thursday 17:00 → Tuesday 1 December 17:00 local = 16:00 UTC.
        QCOMPARE(windows.first().opensAt, QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::utc()));
        QCOMPARE(windows.first().closesAt, QDateTime(QDate(2026, 12, 1), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(calendar.status(distribution).value(), Distribution::Status::Planned);
        QCOMPARE(calendar.distributionsBetween(QDate(2026, 12, 1), QDate(2026, 12, 31)).value().size(), 1);
        QCOMPARE(calendar.distributionsBetween(QDate(2027, 1, 1), QDate(2027, 1, 31)).value().size(), 0);
    }

    void basketAndLinesRoundTrip()
    {
        TestStore test;
        const CatalogueFixture fixture = makeCatalogue(test.store());
        Member member;
        member.lastName = u"Petit"_s;
        member.email = u"petit@example.org"_s;
        const QString memberId = MemberService(test.store()).add(member).value();
        OrderService orders(test.store());
        auto basket = orders.openBasket(fixture.distributionId, memberId, Basket::Source::Coordinator);
        QVERIFY(basket);
        QVERIFY(orders.setLine(basket->id, fixture.productId, 3));
        test.reopen();
        OrderService reopened(test.store());
        auto stored = reopened.basket(basket->id).value();
        QCOMPARE(stored.distributionId, fixture.distributionId);
        QCOMPARE(stored.memberId, memberId);
        QCOMPARE(stored.status, Basket::Status::InProgress);
        QCOMPARE(stored.source, Basket::Source::Coordinator);
        auto lines = reopened.lines(basket->id).value();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().productId, fixture.productId);
        QCOMPARE(lines.first().quantity, qint64(3));
        QVERIFY(!lines.first().unitPriceCents.has_value());
        QCOMPARE(reopened.total(basket->id).value(), qint64(720));
    }

    void deletionLeavesATombstone()
    {
        TestStore test;
        const CatalogueFixture fixture = makeCatalogue(test.store());
        RowWriter &writer = test->writer();
        QVERIFY(writer.remove(u"place"_s, fixture.placeId));
        auto row = writer.read(u"place"_s, fixture.placeId);
        QVERIFY(row);
        QCOMPARE(row->value(u"deleted"_s).toInt(), 1);
        QVERIFY(!CalendarService(test.store()).place(fixture.placeId));
        const Status again = writer.remove(u"place"_s, fixture.placeId);
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), ErrorKind::NotFound);
    }

    void writerRefusesUnknownTablesAndColumns()
    {
        TestStore test;
        const QString before = DatabaseSnapshot::take(test.store());
        QVERIFY(!test->writer().insert(u"sqlite_master"_s, u"x"_s, {}));
        QVERIFY(!test->writer().insert(u"member"_s, u"x"_s, {{u"last_name; DROP TABLE member"_s, u"x"_s}}));
        QCOMPARE(DatabaseSnapshot::take(test.store()), before);
    }

    void usersAndCurrentUser()
    {
        TestStore test;
        GroupService group(test.store());
        const CatalogueFixture fixture = makeCatalogue(test.store());
        User producer;
        producer.name = u"Julien Moreau"_s;
        producer.role = User::Role::Producer;
        producer.producerId = fixture.producerId;
        const QString id = group.addUser(producer).value();
        QVERIFY(group.setCurrentUser(id));
        QCOMPARE(test->actor(), u"Julien Moreau"_s);
        test.reopen();
        auto current = GroupService(test.store()).currentUser().value();
        QVERIFY(current.has_value());
        QCOMPARE(current->role, User::Role::Producer);
        QCOMPARE(current->producerId, fixture.producerId);
        QCOMPARE(GroupService(test.store()).users().value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreRoundTrips)
#include "tst_store.moc"
