#include "DatabaseSnapshot.h"
#include "TestStore.h"
#include "services/CatalogueService.h"
#include "services/ProductExport.h"
#include "services/ProductImport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Products from Cagette's CSV layout: what each column becomes, which rows are refused and why,
// matches that fill without ever changing a price, one transaction, and an export that reads
// back the same.
class TestProductsImport : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_test;
    QString m_catalogueId;
    QString m_otherCatalogueId;

    Store &store() { return m_test->store(); }

    ImportPlan<Product> planOf(const QByteArray &bytes, const QString &catalogueId = {})
    {
        auto plan = ProductImport(store(), catalogueId.isEmpty() ? m_catalogueId : catalogueId).plan(CsvReader::read(bytes));
        if (!plan)
            qFatal("%s", qPrintable(plan.error().message()));
        return *plan;
    }

    QList<Product> products(const QString &catalogueId = {})
    {
        return CatalogueService(store()).products(catalogueId.isEmpty() ? m_catalogueId : catalogueId).value();
    }

    const Product *named(const QList<Product> &list, const QString &name)
    {
        for (const Product &product : list) {
            if (product.name == name)
                return &product;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        CatalogueService catalogues(store());
        Producer producer;
        producer.name = u"Ferme des Saules"_s;
        Catalogue catalogue;
        catalogue.producerId = catalogues.addProducer(producer).value();
        catalogue.name = u"Légumes"_s;
        m_catalogueId = catalogues.addCatalogue(catalogue).value();
        catalogue.name = u"Volailles"_s;
        m_otherCatalogueId = catalogues.addCatalogue(catalogue).value();
    }

    void cleanup() { m_test.reset(); }

    void readsEveryColumnOfCagettesLayout()
    {
        const QByteArray file = "productName,price,ref,desc,vat,qt,unit,organic,bulk,variablePrice\r\n"
                                "Pot de miel,8.50,MIEL-500,\"Miel de fleurs, récolte d'été\",5.5,500,g,true,0,0\r\n"
                                "Jus de pomme,\"3,20\",JUS-1,,20,1,l,1,false,\r\n"
                                "Lentilles,4.10,LENT,,5.5,0.5,KG,,TRUE,\r\n"
                                "Comté,18.90,COMTE,,5.5,1,kg,0,0,1\r\n"
                                "Poulet fermier,11.50,POULET,,5.5,1800,g,1,0,1\r\n"
                                "Bouquet,6,,,10,,botte,,,\r\n";
        const ImportPlan<Product> plan = planOf(file);
        QCOMPARE(plan.count(ImportRowKind::Create), 6);
        QVERIFY(plan.format.hasHeader);
        QVERIFY(ProductImport(store(), m_catalogueId).commit(plan));

        const QList<Product> stored = products();
        const Product *honey = named(stored, u"Pot de miel"_s);
        QVERIFY(honey);
        QCOMPARE(honey->priceCents, 850);
        QCOMPARE(honey->reference, u"MIEL-500"_s);
        QCOMPARE(honey->description, u"Miel de fleurs, récolte d'été"_s);
        QCOMPARE(honey->vatRateBasisPoints, 550);
        QCOMPARE(honey->unit, Product::Unit::Gram);
        QCOMPARE(honey->contentThousandths, 500'000);
        QVERIFY(honey->organic);
        QVERIFY(!honey->bulk);
        QVERIFY(!honey->weightPriced);

        const Product *juice = named(stored, u"Jus de pomme"_s);
        QCOMPARE(juice->priceCents, 320);
        QCOMPARE(juice->vatRateBasisPoints, 2000);
        QCOMPARE(juice->unit, Product::Unit::Litre);
        QCOMPARE(juice->contentThousandths, 1000);
        QVERIFY(juice->organic);

        const Product *lentils = named(stored, u"Lentilles"_s);
        QCOMPARE(lentils->unit, Product::Unit::Kilogram);
        QCOMPARE(lentils->contentThousandths, 500);
        QVERIFY(lentils->bulk);

        // Variable price: per kilogram, by weight for one kilogram, by the piece otherwise.
        const Product *cheese = named(stored, u"Comté"_s);
        QVERIFY(cheese->weightPriced);
        QVERIFY(cheese->orderedByWeight());
        QCOMPARE(cheese->priceCents, 1890);
        const Product *chicken = named(stored, u"Poulet fermier"_s);
        QVERIFY(chicken->weightPriced);
        QCOMPARE(chicken->pieceWeightGrams, 1800);
        QCOMPARE(chicken->priceCents, 1150);

        // Any other unit is a piece.
        const Product *bunch = named(stored, u"Bouquet"_s);
        QCOMPARE(bunch->unit, Product::Unit::Piece);
        QCOMPARE(bunch->vatRateBasisPoints, 1000);
    }

    void columnsMayComeInAnyOrderAndExtraOnesAreIgnored()
    {
        const ImportPlan<Product> plan = planOf("ref;price;stock;productName\nA1;2,40;12;Carottes\n");
        QCOMPARE(plan.format.separator, u';');
        QCOMPARE(plan.format.ignoredColumns, QStringList{u"stock"_s});
        QCOMPARE(plan.count(ImportRowKind::Create), 1);
        QCOMPARE(plan.rows.first().record.reference, u"A1"_s);
        QCOMPARE(plan.rows.first().record.priceCents, 240);
    }

    void aWindowsSpreadsheetFileIsRead()
    {
        // "Crème fraîche" and "Pâté" written by an old spreadsheet in Windows-1252.
        QByteArray file = "productName;price\n";
        file += "Cr\xE8me fra\xEE" "che;2,90\n";
        file += "P\xE2t\xE9;4,50\n";
        const ImportPlan<Product> plan = planOf(file);
        QCOMPARE(plan.format.encoding, u"Windows-1252"_s);
        QCOMPARE(plan.rows.at(0).record.name, u"Crème fraîche"_s);
        QCOMPARE(plan.rows.at(1).record.name, u"Pâté"_s);
    }

    void badRowsAreReportedWithTheirLineAndWhy_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << QByteArray(",2.40,,,,,,,,") << u"No product name"_s;
        QTest::newRow("no price") << QByteArray("Carottes,,,,,,,,,") << u"No price"_s;
        QTest::newRow("price in words") << QByteArray("Carottes,deux euros,,,,,,,,") << u"is not a price"_s;
        QTest::newRow("three decimals") << QByteArray("Carottes,2.405,,,,,,,,") << u"is not a price"_s;
        QTest::newRow("zero price") << QByteArray("Carottes,0,,,,,,,,") << u"more than zero"_s;
        QTest::newRow("negative price") << QByteArray("Carottes,-2,,,,,,,,") << u"more than zero"_s;
        QTest::newRow("absurd price") << QByteArray("Carottes,99999,,,,,,,,") << u"not plausible"_s;
        QTest::newRow("vat in words") << QByteArray("Carottes,2.40,,,cinq,,,,,") << u"is not a VAT rate"_s;
        QTest::newRow("vat too high") << QByteArray("Carottes,2.40,,,55,,,,,") << u"between 0 % and 30 %"_s;
        QTest::newRow("quantity in words") << QByteArray("Carottes,2.40,,,,beaucoup,,,,") << u"is not a quantity"_s;
        QTest::newRow("variable price by the litre") << QByteArray("Lait,1.20,,,,1,l,,,1") << u"must be g or kg"_s;
        QTest::newRow("name too long") << QByteArray(QByteArray(120, 'x') + ",2.40,,,,,,,,") << u"too long"_s;
        QTest::newRow("control character") << QByteArray("Caro\x07ttes,2.40,,,,,,,,") << u"control character"_s;
    }
    void badRowsAreReportedWithTheirLineAndWhy()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        const ImportPlan<Product> plan = planOf("productName,price,ref,desc,vat,qt,unit,organic,bulk,variablePrice\n"
                                                "Poireaux,2.80,,,,,,,,\n" + row + "\n");
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).kind, ImportRowKind::Create);
        QCOMPARE(plan.rows.at(1).kind, ImportRowKind::Error);
        QCOMPARE(plan.rows.at(1).line, 3);
        QVERIFY2(plan.rows.at(1).reason.contains(reason), qPrintable(plan.rows.at(1).reason));
        // The valid row is imported, the bad one left out.
        const ImportSummary summary = ProductImport(store(), m_catalogueId).commit(plan).value();
        QCOMPARE(summary.created, 1);
        QCOMPARE(summary.errors, 1);
        QCOMPARE(products().size(), 1);
    }

    void theSameProductTwiceInTheFileIsAnError()
    {
        const ImportPlan<Product> plan = planOf("productName,price,ref\n"
                                                "Carottes,2.40,CAR\n"
                                                "Carottes nouvelles,2.60,car\n"
                                                "Poireaux,2.80,\n"
                                                "POIREAUX,2.90,\n");
        QCOMPARE(plan.rows.at(1).kind, ImportRowKind::Error);
        QVERIFY(plan.rows.at(1).reason.contains(u"line 2"_s));
        QCOMPARE(plan.rows.at(3).kind, ImportRowKind::Error);
        QVERIFY(plan.rows.at(3).reason.contains(u"line 4"_s));
    }

    void aMatchFillsEmptyFieldsAndNeverChangesThePrice()
    {
        CatalogueService catalogues(store());
        Product carrots;
        carrots.catalogueId = m_catalogueId;
        carrots.name = u"Carottes"_s;
        carrots.reference = u"CAR"_s;
        carrots.priceCents = 240;
        const QString carrotsId = catalogues.addProduct(carrots).value();
        Product leeks;
        leeks.catalogueId = m_catalogueId;
        leeks.name = u"Poireaux"_s;
        leeks.priceCents = 280;
        leeks.description = u"En botte"_s;
        const QString leeksId = catalogues.addProduct(leeks).value();

        const ImportPlan<Product> plan = planOf("productName,price,ref,desc\n"
                                                "Carottes des sables,2.90,car,Lavées\n"
                                                "poireaux,2.80,POI,Autre description\n");
        QCOMPARE(plan.count(ImportRowKind::Match), 2);
        const ImportRow<Product> &byReference = plan.rows.at(0);
        QCOMPARE(byReference.existingId, carrotsId);
        QCOMPARE(byReference.filledFields, QStringList{u"description"_s});
        QVERIFY(byReference.reason.contains(u"never changes a price"_s));
        const ImportRow<Product> &byName = plan.rows.at(1);
        QCOMPARE(byName.existingId, leeksId);
        QCOMPARE(byName.filledFields, QStringList{u"reference"_s});
        QVERIFY(byName.reason.isEmpty());

        const ImportSummary summary = ProductImport(store(), m_catalogueId).commit(plan).value();
        QCOMPARE(summary.matched, 2);
        QCOMPARE(summary.filled, 2);
        const Product storedCarrots = catalogues.product(carrotsId).value();
        QCOMPARE(storedCarrots.priceCents, 240);
        QCOMPARE(storedCarrots.name, u"Carottes"_s);
        QCOMPARE(storedCarrots.description, u"Lavées"_s);
        const Product storedLeeks = catalogues.product(leeksId).value();
        QCOMPARE(storedLeeks.reference, u"POI"_s);
        QCOMPARE(storedLeeks.description, u"En botte"_s);
        QCOMPARE(products().size(), 2);
    }

    void productsOfAnotherCatalogueDoNotMatch()
    {
        Product carrots;
        carrots.catalogueId = m_otherCatalogueId;
        carrots.name = u"Carottes"_s;
        carrots.reference = u"CAR"_s;
        carrots.priceCents = 240;
        QVERIFY(CatalogueService(store()).addProduct(carrots));
        const ImportPlan<Product> plan = planOf("productName,price,ref\nCarottes,2.40,CAR\n");
        QCOMPARE(plan.rows.first().kind, ImportRowKind::Create);
    }

    void aPlanWritesNothingAndAStoppedImportWritesNothing()
    {
        const QString before = DatabaseSnapshot::take(store());
        const ImportPlan<Product> plan = planOf("productName,price\nCarottes,2.40\nPoireaux,2.80\nNavets,1.90\n");
        QCOMPARE(DatabaseSnapshot::take(store()), before);
        // Stopped at the end: the rows already written are rolled back with it.
        const auto stopped = ProductImport(store(), m_catalogueId).commit(plan, [](int done, int total) {
            return done < total;
        });
        QVERIFY(!stopped);
        QVERIFY(stopped.error().message().contains(u"nothing was written"_s));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void anUnknownCatalogueOrFileIsRefused()
    {
        const QString before = DatabaseSnapshot::take(store());
        const auto plan = ProductImport(store(), u"ghost"_s).plan(CsvReader::read("productName,price\nA,1\n"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind(), ErrorKind::NotFound);
        const auto missing = ProductImport(store(), m_catalogueId).planFile(m_test->folder() + u"/missing.csv"_s);
        QVERIFY(!missing);
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

    void anExportReadsBackTheSame()
    {
        const QByteArray file = "productName,price,ref,desc,vat,qt,unit,organic,bulk,variablePrice\n"
                                "Pot de miel,8.50,MIEL-500,\"Miel, de fleurs\",5.5,500,g,1,0,0\n"
                                "Jus de pomme,3.20,JUS-1,,20,1,l,1,0,0\n"
                                "Comté,18.90,COMTE,,5.5,1,kg,0,0,1\n"
                                "Poulet fermier,11.50,POULET,,2.1,1800,g,1,0,1\n"
                                "Bouquet,6,,\"Sur deux\nlignes\",10,,piece,,1,\n";
        QVERIFY(ProductImport(store(), m_catalogueId).commit(planOf(file)));
        const QString path = m_test->folder() + u"/export.csv"_s;
        QCOMPARE(ProductExport(store()).write(m_catalogueId, path).value(), 5);

        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("productName,price,ref,desc,vat,qt,unit,organic,bulk,variablePrice\r\n"));
        QVERIFY(bytes.contains("Poulet fermier,11.50,POULET,,2.1,1800,g,1,0,1\r\n"));
        QVERIFY(bytes.contains("Comté,18.90,COMTE,,5.5,1,kg,0,0,1\r\n"));

        const ImportPlan<Product> again = ProductImport(store(), m_otherCatalogueId).planFile(path).value();
        QCOMPARE(again.count(ImportRowKind::Create), 5);
        QVERIFY(ProductImport(store(), m_otherCatalogueId).commit(again));
        const QList<Product> first = products();
        const QList<Product> second = products(m_otherCatalogueId);
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            const Product &a = first.at(i);
            const Product &b = second.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.reference, a.reference);
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.priceCents, a.priceCents);
            QCOMPARE(b.vatRateBasisPoints, a.vatRateBasisPoints);
            QCOMPARE(b.unit, a.unit);
            QCOMPARE(b.contentThousandths, a.contentThousandths);
            QCOMPARE(b.weightPriced, a.weightPriced);
            QCOMPARE(b.pieceWeightGrams, a.pieceWeightGrams);
            QCOMPARE(b.organic, a.organic);
            QCOMPARE(b.bulk, a.bulk);
        }
    }
};

QTEST_GUILESS_MAIN(TestProductsImport)
#include "tst_products_import.moc"
