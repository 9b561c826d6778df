#pragma once

// A small market for the order tests: two producers, three catalogues (two taking part in the
// distribution of 3 December 2026), weight-priced products, a coordinator and a producer user.
#include "TestStore.h"
#include "common/Ids.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/SqlValue.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QTimeZone>

struct OrderFixture {
    std::unique_ptr<TestStore> test = std::make_unique<TestStore>();
    QString fermeId;          // producer "Ferme des Saules"
    QString rucherId;         // producer "Rucher du Val"
    QString catalogueId;      // "Légumes et fromages" (Ferme), closes 48 h before
    QString honeyCatalogueId; // "Miels" (Rucher), closes 24 h before
    QString spareCatalogueId; // "Conserves" (Ferme), not taking part
    QString carrotsId;        // 2,40 € a piece, reference LEG-CAR
    QString cheeseId;         // 18,90 €/kg, ordered by weight, reference FRO-COM
    QString chickenId;        // 11,50 €/kg, by the piece of about 1.8 kg
    QString eggsId;           // 3,20 € a box of six, 20 % VAT for the test
    QString honeyId;          // 8,50 € a jar (Rucher)
    QString jamId;            // in the catalogue not taking part
    QString distributionId;   // Thursday 3 December 2026, 17:00, Paris
    QString memberId;         // Dupré Hélène
    QString otherMemberId;    // Martin Paul
    QString producerUserName = QStringLiteral("Julien Ferme");

    Store &store() { return test->store(); }

    // The window of "Légumes et fromages" closes on Tuesday 1 December at 17:00 in Paris.
    static QDateTime beforeOpening() { return TestStore::defaultNow(); }
    static QDateTime whileOpen() { return QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()); }
    // Between the two closings: vegetables closed, honey still open (closes Wed 2 Dec, 17:00).
    static QDateTime afterVegetablesClosed() { return QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()); }

    QString addProduct(const QString &catalogue, const QString &name, const QString &reference, qint64 cents,
                       bool weightPriced = false, int pieceGrams = 0, int vat = 550)
    {
        Product product;
        product.catalogueId = catalogue;
        product.name = name;
        product.reference = reference;
        product.priceCents = cents;
        product.weightPriced = weightPriced;
        product.pieceWeightGrams = pieceGrams;
        product.vatRateBasisPoints = vat;
        if (weightPriced)
            product.unit = Product::Unit::Kilogram;
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

    QString addDistribution(QDate date, const QStringList &catalogues)
    {
        Place place;
        place.name = QStringLiteral("Salle des fêtes");
        auto places = CalendarService(store()).places();
        const QString placeId = places && !places->isEmpty() ? places->first().id
                                                             : CalendarService(store()).addPlace(place).value();
        Distribution distribution;
        distribution.placeId = placeId;
        distribution.date = date;
        distribution.startTime = QTime(17, 0);
        return CalendarService(store()).addDistribution(distribution, catalogues).value();
    }

    OrderFixture()
    {
        CatalogueService catalogues(store());
        Producer producer;
        producer.name = QStringLiteral("Ferme des Saules");
        fermeId = catalogues.addProducer(producer).value();
        producer.name = QStringLiteral("Rucher du Val");
        rucherId = catalogues.addProducer(producer).value();

        Catalogue catalogue;
        catalogue.producerId = fermeId;
        catalogue.name = QStringLiteral("Légumes et fromages");
        catalogueId = catalogues.addCatalogue(catalogue).value();
        catalogue.name = QStringLiteral("Conserves");
        spareCatalogueId = catalogues.addCatalogue(catalogue).value();
        catalogue.producerId = rucherId;
        catalogue.name = QStringLiteral("Miels");
        catalogue.rule.closesHoursBefore = 24;
        honeyCatalogueId = catalogues.addCatalogue(catalogue).value();

        carrotsId = addProduct(catalogueId, QStringLiteral("Carottes (botte)"), QStringLiteral("LEG-CAR"), 240);
        cheeseId = addProduct(catalogueId, QStringLiteral("Comté 18 mois"), QStringLiteral("FRO-COM"), 1890, true);
        chickenId = addProduct(catalogueId, QStringLiteral("Poulet fermier"), QStringLiteral("VOL-POU"), 1150, true, 1800);
        eggsId = addProduct(catalogueId, QStringLiteral("Œufs (boîte de 6)"), QStringLiteral("OEU-6"), 320, false, 0, 2000);
        honeyId = addProduct(honeyCatalogueId, QStringLiteral("Miel de lavande"), QStringLiteral("MIE-LAV"), 850);
        jamId = addProduct(spareCatalogueId, QStringLiteral("Confiture de fraises"), QStringLiteral("CON-FRA"), 450);

        distributionId = addDistribution(QDate(2026, 12, 3), {catalogueId, honeyCatalogueId});
        memberId = addMember(QStringLiteral("Hélène"), QStringLiteral("Dupré"), QStringLiteral("06 12 34 56 78"));
        otherMemberId = addMember(QStringLiteral("Paul"), QStringLiteral("Martin"), QStringLiteral("07 98 76 54 32"));

        User user;
        user.name = producerUserName;
        user.role = User::Role::Producer;
        user.producerId = fermeId;
        GroupService(store()).addUser(user).value();
    }

    // A stock (or a product left out) for one product at the distribution, through the single
    // write path as the offer editor writes it.
    void setOffer(const QString &productId, std::optional<qint64> stock, bool excluded = false,
                  const QString &distribution = {})
    {
        const QString id = Ids::create();
        const Status done = inTransaction(store().database(), [&] {
            return store().writer().insert(QStringLiteral("product_offer"), id,
                                           {{QStringLiteral("distribution_id"), distribution.isEmpty() ? distributionId : distribution},
                                            {QStringLiteral("product_id"), productId},
                                            {QStringLiteral("excluded"), SqlValue::flag(excluded)},
                                            {QStringLiteral("stock"), SqlValue::optional(stock)}});
        });
        if (!done)
            qFatal("setOffer: %s", qPrintable(done.error().message()));
    }

    void cancelDistribution(const QString &distribution)
    {
        const Status done = inTransaction(store().database(), [&]() -> Status {
            auto updated = store().writer().update(QStringLiteral("distribution"), distribution,
                                                   {{QStringLiteral("cancelled"), 1}});
            if (!updated)
                return updated.error();
            return {};
        });
        if (!done)
            qFatal("cancelDistribution: %s", qPrintable(done.error().message()));
    }

    // Saves `lines` as the member's order for `distribution` (this fixture's when empty), late
    // changes recorded; stops the tests when refused. Returns the basket's id.
    QString saveOrder(const QString &member, QList<LineRequest> lines, bool validate = false,
                      const QString &distribution = {})
    {
        BasketEdit edit;
        edit.distributionId = distribution.isEmpty() ? distributionId : distribution;
        edit.memberId = member;
        edit.lines = std::move(lines);
        edit.validate = validate;
        edit.late = LatePolicy::Record;
        auto saved = OrderService(store()).save(edit);
        if (!saved)
            qFatal("save: %s", qPrintable(saved.error().message()));
        return saved->basketId;
    }

    void actAsProducer() { store().setActor(producerUserName); }
    void actAsCoordinator() { store().setActor(QStringLiteral("Test Coordinator")); }
};
