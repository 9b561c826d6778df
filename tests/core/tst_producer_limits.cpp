#include "DatabaseSnapshot.h"
#include "services/CatalogueAccess.h"
#include "services/OfferService.h"
#include "services/ProductExport.h"
#include "services/ProductImport.h"
#include "tst_orders_fixture.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalogue and calendar side in producer mode: a producer changes their own producer
// record, catalogues, products, offer and windows, nothing of another producer's, and none of
// the coordinators' work (producers, places, distributions); every refusal is a Conflict with a
// message and leaves the database as it was. A coordinator keeps every right.
class TestProducerLimits : public QObject {
    Q_OBJECT

    std::unique_ptr<OrderFixture> m_fixture;

    OrderFixture &fixture() { return *m_fixture; }
    Store &store() { return m_fixture->store(); }

    // `done` must be refused as a Conflict naming `mentions`, with nothing written since `before`.
    void expectRefused(const Error &error, bool failed, const QString &before, const QString &mentions)
    {
        QVERIFY2(failed, qPrintable(u"accepted, expected a refusal mentioning "_s + mentions));
        QCOMPARE(error.kind(), ErrorKind::Conflict);
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }
    void expectRefused(const Status &done, const QString &before, const QString &mentions)
    {
        expectRefused(done.error(), !done.ok(), before, mentions);
    }
    template <typename T>
    void expectRefused(const Result<T> &done, const QString &before, const QString &mentions)
    {
        expectRefused(done.error(), !done.ok(), before, mentions);
    }

    QList<OrderingWindow> windowsWith(const QString &catalogueId, int hoursLater)
    {
        QList<OrderingWindow> windows = CalendarService(store()).windows(fixture().distributionId).value();
        for (OrderingWindow &window : windows) {
            if (window.catalogueId == catalogueId)
                window.closesAt = window.closesAt.addSecs(hoursLater * 3600);
        }
        return windows;
    }

    static QStringList idsOf(const QList<Catalogue> &list)
    {
        QStringList ids;
        for (const Catalogue &one : list)
            ids.append(one.id);
        ids.sort();
        return ids;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<OrderFixture>();
        fixture().actAsProducer();
    }

    void theActorIsTheOrderRulesOne()
    {
        const CatalogueAccess access = CatalogueAccess::of(store()).value();
        QVERIFY(access.isProducer());
        QCOMPARE(access.actor().producerId, fixture().fermeId);
        QVERIFY(access.reachesProducer(fixture().fermeId));
        QVERIFY(!access.reachesProducer(fixture().rucherId));
        QCOMPARE(access.reachesCatalogue(fixture().honeyCatalogueId).value(), false);
        fixture().actAsCoordinator();
        QVERIFY(!CatalogueAccess::of(store()).value().isProducer());
    }

    void aProducerChangesTheirOwnRecordCataloguesAndProducts()
    {
        CatalogueService catalogues(store());
        Producer ferme = catalogues.producer(fixture().fermeId).value();
        ferme.phone = u"06 11 22 33 44"_s;
        QVERIFY2(catalogues.updateProducer(ferme).ok(), qPrintable(catalogues.updateProducer(ferme).error().message()));

        Catalogue catalogue;
        catalogue.producerId = fixture().fermeId;
        catalogue.name = u"Volailles"_s;
        auto added = catalogues.addCatalogue(catalogue);
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        Catalogue own = catalogues.catalogue(fixture().catalogueId).value();
        own.name = u"Légumes"_s;
        QVERIFY(catalogues.updateCatalogue(own).ok());
        QVERIFY(catalogues.setCatalogueActive(fixture().spareCatalogueId, false).ok());

        Product product;
        product.catalogueId = *added;
        product.name = u"Pintade"_s;
        product.priceCents = 1590;
        QVERIFY(catalogues.addProduct(product).ok());
        Product carrots = catalogues.product(fixture().carrotsId).value();
        carrots.priceCents = 260;
        QVERIFY(catalogues.updateProduct(carrots).ok());
        QCOMPARE(catalogues.product(fixture().carrotsId).value().priceCents, 260);
        QVERIFY(catalogues.setProductActive(fixture().eggsId, false).ok());

        ProductImport import(store(), fixture().catalogueId);
        auto plan = import.plan(CsvReader::read("productName,price\nPoireaux,2.10\n"));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message()));
        QCOMPARE(import.commit(*plan).value().created, 1);
    }

    void aProducerCannotChangeAnotherProducersRecords()
    {
        CatalogueService catalogues(store());
        const QString before = DatabaseSnapshot::take(store());

        Producer rucher = catalogues.producer(fixture().rucherId).value();
        rucher.phone = u"06 11 22 33 44"_s;
        expectRefused(catalogues.updateProducer(rucher), before, u"Rucher du Val"_s);

        Catalogue catalogue;
        catalogue.producerId = fixture().rucherId;
        catalogue.name = u"Pollen"_s;
        expectRefused(catalogues.addCatalogue(catalogue), before, u"Rucher du Val"_s);

        Catalogue honey = catalogues.catalogue(fixture().honeyCatalogueId).value();
        honey.name = u"Miels et pollen"_s;
        expectRefused(catalogues.updateCatalogue(honey), before, u"Miels"_s);
        expectRefused(catalogues.setCatalogueActive(fixture().honeyCatalogueId, false), before, u"Miels"_s);
        // One's own catalogue cannot be given to another producer either.
        Catalogue own = catalogues.catalogue(fixture().catalogueId).value();
        own.producerId = fixture().rucherId;
        expectRefused(catalogues.updateCatalogue(own), before, u"Rucher du Val"_s);

        Product product;
        product.catalogueId = fixture().honeyCatalogueId;
        product.name = u"Pollen"_s;
        product.priceCents = 700;
        expectRefused(catalogues.addProduct(product), before, u"Miels"_s);
        Product honeyJar = catalogues.product(fixture().honeyId).value();
        honeyJar.priceCents = 990;
        expectRefused(catalogues.updateProduct(honeyJar), before, u"Miel de lavande"_s);
        expectRefused(catalogues.setProductActive(fixture().honeyId, false), before, u"Miel de lavande"_s);
    }

    void aProducerCannotImportIntoAnotherProducersCatalogue()
    {
        const QByteArray csv = "productName,price\nPollen,7.00\n";
        const QString before = DatabaseSnapshot::take(store());
        expectRefused(ProductImport(store(), fixture().honeyCatalogueId).plan(CsvReader::read(csv)), before, u"Miels"_s);

        // A plan made by a coordinator cannot be committed by a producer either.
        fixture().actAsCoordinator();
        ProductImport import(store(), fixture().honeyCatalogueId);
        const ImportPlan<Product> plan = import.plan(CsvReader::read(csv)).value();
        fixture().actAsProducer();
        expectRefused(import.commit(plan), before, u"Miels"_s);
    }

    void aProducerSeesOnlyTheirProducerAndCatalogues()
    {
        CatalogueService catalogues(store());
        const QList<Producer> producers = catalogues.producers(true).value();
        QCOMPARE(producers.size(), 1);
        QCOMPARE(producers.first().id, fixture().fermeId);
        QStringList own{fixture().catalogueId, fixture().spareCatalogueId};
        own.sort();
        QCOMPARE(idsOf(catalogues.catalogues().value()), own);
        QCOMPARE(idsOf(catalogues.activeCatalogues().value()), own);
        QVERIFY(catalogues.cataloguesOf(fixture().rucherId).value().isEmpty());
        QCOMPARE(catalogues.products(fixture().catalogueId).value().size(), 4);
        const auto honey = catalogues.products(fixture().honeyCatalogueId);
        QVERIFY(!honey.ok());
        QCOMPARE(honey.error().kind(), ErrorKind::Conflict);
        // A look, refused as a look: the message does not speak of changing.
        QVERIFY2(honey.error().message().contains(u"sees only"_s), qPrintable(honey.error().message()));
    }

    void aProducerCannotExportAnotherProducersCatalogue()
    {
        QTemporaryDir folder;
        const QString other = folder.filePath(u"other.csv"_s);
        const auto refused = ProductExport(store()).write(fixture().honeyCatalogueId, other, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), ErrorKind::Conflict);
        QVERIFY2(refused.error().message().contains(u"Miels"_s), qPrintable(refused.error().message()));
        QVERIFY(!QFileInfo::exists(other));
        const QString own = folder.filePath(u"own.csv"_s);
        QCOMPARE(ProductExport(store()).write(fixture().catalogueId, own, true).value(), 4);
    }

    void aProducerCannotArchiveTheirOwnRecordByEditingIt()
    {
        const QString before = DatabaseSnapshot::take(store());
        Producer own = CatalogueService(store()).producer(fixture().fermeId).value();
        own.archived = true;
        expectRefused(CatalogueService(store()).updateProducer(own), before, u"coordinator"_s);
        own.archived = false;
        own.contactName = u"Julien Moreau"_s;
        QVERIFY(CatalogueService(store()).updateProducer(own));
    }

    void aProducerSetsTheOfferOfTheirProductsOnly()
    {
        OfferService offers(store());
        const QList<OfferEntry> entries = offers.offer(fixture().distributionId).value();
        QCOMPARE(entries.size(), 4);
        for (const OfferEntry &entry : entries)
            QCOMPARE(entry.product.catalogueId, fixture().catalogueId);

        ProductOffer carrots;
        carrots.productId = fixture().carrotsId;
        carrots.stock = 12;
        QVERIFY(offers.setOffer(fixture().distributionId, {carrots}).ok());

        const QString before = DatabaseSnapshot::take(store());
        ProductOffer honey;
        honey.productId = fixture().honeyId;
        honey.excluded = true;
        carrots.stock = 20;
        // Beside one of their own, the whole change is refused.
        expectRefused(offers.setOffer(fixture().distributionId, {carrots, honey}), before, u"Miel de lavande"_s);
    }

    void aProducerChangesTheOrderingWindowOfTheirOwnCatalogueOnly()
    {
        CalendarService calendar(store());
        const auto done = calendar.setWindows(fixture().distributionId, windowsWith(fixture().catalogueId, 2));
        QVERIFY2(done.ok(), qPrintable(done.error().message()));

        const QString before = DatabaseSnapshot::take(store());
        expectRefused(calendar.setWindows(fixture().distributionId, windowsWith(fixture().honeyCatalogueId, 2)), before,
                      u"Miels"_s);

        // Choosing who takes part is a coordinator's: neither leaving nor joining, own catalogue included.
        QList<OrderingWindow> without;
        for (const OrderingWindow &window : calendar.windows(fixture().distributionId).value()) {
            if (window.catalogueId != fixture().honeyCatalogueId)
                without.append(window);
        }
        expectRefused(calendar.setWindows(fixture().distributionId, without), before, u"coordinator"_s);
        QList<OrderingWindow> joined = calendar.windows(fixture().distributionId).value();
        Distribution distribution = calendar.distribution(fixture().distributionId).value();
        joined.append(calendar.windowsFromRules(distribution, {fixture().spareCatalogueId}).value());
        expectRefused(calendar.setWindows(fixture().distributionId, joined), before, u"coordinator"_s);
    }

    void theCoordinatorsWorkIsRefusedToAProducer()
    {
        CatalogueService catalogues(store());
        CalendarService calendar(store());
        const QString before = DatabaseSnapshot::take(store());

        Producer producer;
        producer.name = u"Boulangerie Martin"_s;
        expectRefused(catalogues.addProducer(producer), before, u"coordinator"_s);
        expectRefused(catalogues.setProducerArchived(fixture().fermeId, true), before, u"coordinator"_s);

        Place place;
        place.name = u"Marché couvert"_s;
        expectRefused(calendar.addPlace(place), before, u"coordinator"_s);
        Distribution distribution = calendar.distribution(fixture().distributionId).value();
        Place existing = calendar.place(distribution.placeId).value();
        existing.name = u"Salle polyvalente"_s;
        expectRefused(calendar.updatePlace(existing), before, u"coordinator"_s);
        expectRefused(calendar.setPlaceArchived(existing.id, true), before, u"coordinator"_s);

        Distribution another = distribution;
        another.id.clear();
        another.date = QDate(2026, 12, 10);
        expectRefused(calendar.addDistribution(another, {fixture().catalogueId}), before, u"coordinator"_s);

        Distribution moved = distribution;
        moved.date = QDate(2026, 12, 4);
        expectRefused(calendar.updateDistribution(moved, true), before, u"coordinator"_s);
        expectRefused(calendar.cancelDistribution(fixture().distributionId, true), before, u"coordinator"_s);
        expectRefused(calendar.setDistributed(fixture().distributionId, true), before, u"coordinator"_s);
    }

    void aProducerCannotReinstateACancelledDistribution()
    {
        fixture().cancelDistribution(fixture().distributionId);
        const QString before = DatabaseSnapshot::take(store());
        expectRefused(CalendarService(store()).reinstateDistribution(fixture().distributionId), before,
                      u"coordinator"_s);
    }

    void aCoordinatorKeepsEveryRight()
    {
        fixture().actAsCoordinator();
        CatalogueService catalogues(store());
        CalendarService calendar(store());
        QCOMPARE(catalogues.producers().value().size(), 2);
        QCOMPARE(catalogues.catalogues().value().size(), 3);
        QCOMPARE(OfferService(store()).offer(fixture().distributionId).value().size(), 5);

        Product honeyJar = catalogues.product(fixture().honeyId).value();
        honeyJar.priceCents = 990;
        QVERIFY(catalogues.updateProduct(honeyJar).ok());
        Producer producer;
        producer.name = u"Boulangerie Martin"_s;
        QVERIFY(catalogues.addProducer(producer).ok());
        ProductOffer honey;
        honey.productId = fixture().honeyId;
        honey.stock = 5;
        QVERIFY(OfferService(store()).setOffer(fixture().distributionId, {honey}).ok());
        QVERIFY(calendar.setWindows(fixture().distributionId, windowsWith(fixture().honeyCatalogueId, 2)).ok());
        Place place;
        place.name = u"Marché couvert"_s;
        QVERIFY(calendar.addPlace(place).ok());
        QVERIFY(calendar.cancelDistribution(fixture().distributionId, true).ok());
        QVERIFY(calendar.reinstateDistribution(fixture().distributionId).ok());
        QVERIFY(ProductImport(store(), fixture().honeyCatalogueId)
                    .plan(CsvReader::read("productName,price\nPollen,7.00\n"))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestProducerLimits)
#include "tst_producer_limits.moc"
