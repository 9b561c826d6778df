// Producers, catalogues, products, places and distributions through the real comptoir-cli, as
// scripts drive it under the command-line contract: ids on the last line, RFC 4180 lists,
// exit statuses, and bad input refused with the data unchanged.
#include "../core/tst_orders_fixture.h"
#include "CliRunner.h"
#include "DatabaseSnapshot.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliCalendar : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // comptoir-cli on the order tests' market at the fixed clock, as `user` (the desk's current
    // user, a coordinator, when empty).
    static CliRunner cliOn(const OrderFixture &market, const QString &user = {})
    {
        CliRunner cli(market.test->path());
        cli.setNow(CliRunner::fixedNow());
        if (!user.isEmpty())
            cli.setUser(user);
        return cli;
    }

    // A new group with one producer, a catalogue, two products and a place.
    struct Group {
        CliRunner cli;
        QString path;
        QString producer;
        QString catalogue;
        QString place;
    };

    Group newGroup()
    {
        const QString path = file(u"group-%1.db"_s.arg(++m_count));
        Group group{CliRunner::withNewGroup(path, u"Marché"_s, u"Script"_s), path, {}, {}, {}};
        group.producer = created(group.cli, {u"producer"_s, u"add"_s, u"--name"_s, u"Ferme des Saules"_s});
        group.catalogue = created(group.cli, {u"catalogue"_s, u"add"_s, u"--producer"_s, group.producer, u"--name"_s,
                                              u"Légumes"_s, u"--closes-hours-before"_s, u"48"_s});
        created(group.cli, {u"product"_s, u"add"_s, u"--catalogue"_s, group.catalogue, u"--name"_s, u"Carottes"_s,
                            u"--price"_s, u"2,40"_s, u"--ref"_s, u"CAR"_s});
        created(group.cli, {u"product"_s, u"add"_s, u"--catalogue"_s, group.catalogue, u"--name"_s, u"Comté"_s,
                            u"--price"_s, u"18.90"_s, u"--weight-priced"_s, u"--ref"_s, u"COM"_s});
        group.place = created(group.cli, {u"place"_s, u"add"_s, u"--name"_s, u"Salle Paul-Garcin"_s, u"--town"_s,
                                          u"Lyon"_s});
        return group;
    }

    QString created(const CliRunner &cli, const QStringList &arguments)
    {
        const CliRun run = cli.run(arguments);
        if (run.exitCode != 0 || !CliRun::isId(run.lastLine()))
            qFatal("%s failed (%d): %s %s", qPrintable(arguments.join(u' ')), run.exitCode, qPrintable(run.out),
                   qPrintable(run.err));
        return run.lastLine();
    }

    QString snapshot(const QString &path)
    {
        auto store = Store::open(path, false);
        if (!store)
            qFatal("%s", qPrintable(store.error().message()));
        return DatabaseSnapshot::take(**store);
    }

    // The CSV rows of a list, by the header's column names.
    QList<QHash<QString, QString>> listed(const CliRunner &cli, const QStringList &arguments)
    {
        const CliRun run = cli.run(arguments + QStringList{u"--format"_s, u"csv"_s});
        if (run.exitCode != 0)
            qFatal("%s failed: %s", qPrintable(arguments.join(u' ')), qPrintable(run.err));
        return run.records();
    }

private slots:
    void helpNamesEveryCommandAndItsOptions()
    {
        const CliRun help = CliRunner().runBare({u"--help"_s});
        for (const QString &command : {u"producer add"_s, u"catalogue list"_s, u"product import"_s,
                                       u"product export"_s, u"place add"_s, u"distribution add"_s,
                                       u"distribution cancel"_s, u"distribution show"_s})
            QVERIFY2(help.out.contains(command), qPrintable(command));
        const CliRun add = CliRunner(file(u"none.db"_s)).run({u"distribution"_s, u"add"_s, u"--help"_s});
        QCOMPARE(add.exitCode, 0);
        for (const QString &option : {u"--repeat-weeks"_s, u"--until"_s, u"--skip"_s, u"--catalogue"_s, u"--place"_s})
            QVERIFY2(add.out.contains(option), qPrintable(option));
        const CliRun import = CliRunner(file(u"none.db"_s)).run({u"product"_s, u"import"_s, u"--help"_s});
        QVERIFY(import.out.contains(u"--dry-run"_s));
        QVERIFY(import.out.contains(u"--strict"_s));
        QVERIFY(!QFile::exists(file(u"none.db"_s)));
    }

    void createsAndListsProducersCataloguesAndProducts()
    {
        Group group = newGroup();
        const auto producers = listed(group.cli, {u"producer"_s, u"list"_s});
        QCOMPARE(producers.size(), 1);
        QCOMPARE(producers.first().value(u"id"_s), group.producer);
        QCOMPARE(producers.first().value(u"vat_registered"_s), u"1"_s);

        const auto catalogues = listed(group.cli, {u"catalogue"_s, u"list"_s});
        QCOMPARE(catalogues.first().value(u"producer_name"_s), u"Ferme des Saules"_s);
        QCOMPARE(catalogues.first().value(u"closes_hours_before"_s), u"48"_s);
        QCOMPARE(catalogues.first().value(u"opens_at"_s), u"08:00"_s);

        const auto products = listed(group.cli, {u"product"_s, u"list"_s, u"--catalogue"_s, group.catalogue});
        QCOMPARE(products.size(), 2);
        QCOMPARE(products.at(0).value(u"name"_s), u"Carottes"_s);
        QCOMPARE(products.at(0).value(u"price_cents"_s), u"240"_s);
        QCOMPARE(products.at(0).value(u"vat_rate_bp"_s), u"550"_s);
        QCOMPARE(products.at(1).value(u"weight_priced"_s), u"1"_s);
        QCOMPARE(products.at(1).value(u"unit"_s), u"kg"_s);

        // People read how a product is sold in words; the CSV above keeps the unit's key.
        const CliRun productText = group.cli.run({u"product"_s, u"list"_s, u"--catalogue"_s, group.catalogue});
        QVERIFY2(productText.out.contains(u"by weight"_s), qPrintable(productText.out));
        const CliRun comte = group.cli.run({u"product"_s, u"show"_s, products.at(1).value(u"id"_s)});
        QVERIFY2(comte.out.contains(u"Sold: by weight"_s), qPrintable(comte.out));

        const CliRun shown = group.cli.run({u"catalogue"_s, u"show"_s, group.catalogue});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(u"Carottes"_s));
        QVERIFY(group.cli.run({u"producer"_s, u"show"_s, group.producer}).out.contains(u"Légumes"_s));

        // A VAT-exempt producer.
        const QString exempt = created(group.cli, {u"producer"_s, u"add"_s, u"--name"_s, u"Rucher"_s, u"--vat-exempt"_s});
        QVERIFY(group.cli.run({u"producer"_s, u"show"_s, exempt}).out.contains(u"293 B"_s));
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("producer without a name") << QStringList{u"producer"_s, u"add"_s} << 2 << u"--name"_s;
        QTest::newRow("malformed SIRET") << QStringList{u"producer"_s, u"add"_s, u"--name"_s, u"X"_s, u"--siret"_s, u"123"_s}
                                         << 1 << u"14 digits"_s;
        QTest::newRow("malformed phone") << QStringList{u"producer"_s, u"add"_s, u"--name"_s, u"X"_s, u"--phone"_s, u"abc"_s}
                                         << 1 << u"telephone"_s;
        QTest::newRow("unknown producer") << QStringList{u"catalogue"_s, u"add"_s, u"--producer"_s, u"ghost"_s, u"--name"_s, u"X"_s}
                                          << 1 << u"No producer"_s;
        QTest::newRow("price in words") << QStringList{u"product"_s, u"add"_s, u"--catalogue"_s, u"CATALOGUE"_s,
                                                       u"--name"_s, u"X"_s, u"--price"_s, u"cher"_s}
                                        << 2 << u"not an amount"_s;
        QTest::newRow("zero price") << QStringList{u"product"_s, u"add"_s, u"--catalogue"_s, u"CATALOGUE"_s,
                                                   u"--name"_s, u"X"_s, u"--price"_s, u"0"_s}
                                    << 1 << u"more than zero"_s;
        QTest::newRow("duplicate reference") << QStringList{u"product"_s, u"add"_s, u"--catalogue"_s, u"CATALOGUE"_s,
                                                            u"--name"_s, u"X"_s, u"--price"_s, u"1"_s, u"--ref"_s, u"CAR"_s}
                                             << 1 << u"already used"_s;
        QTest::newRow("unknown unit") << QStringList{u"product"_s, u"add"_s, u"--catalogue"_s, u"CATALOGUE"_s,
                                                     u"--name"_s, u"X"_s, u"--price"_s, u"1"_s, u"--unit"_s, u"barrel"_s}
                                      << 2 << u"not a unit"_s;
        QTest::newRow("place without a name") << QStringList{u"place"_s, u"add"_s, u"--name"_s, u" "_s} << 1 << u"place’s name"_s;
        QTest::newRow("date that is not one") << QStringList{u"distribution"_s, u"add"_s, u"--place"_s, u"PLACE"_s,
                                                             u"--date"_s, u"2026-02-30"_s}
                                              << 2 << u"not a date"_s;
        QTest::newRow("end before start") << QStringList{u"distribution"_s, u"add"_s, u"--place"_s, u"PLACE"_s, u"--date"_s,
                                                         u"2026-12-03"_s, u"--start"_s, u"19:00"_s, u"--end"_s, u"17:00"_s}
                                          << 1 << u"end after it starts"_s;
        QTest::newRow("repeat without until") << QStringList{u"distribution"_s, u"add"_s, u"--place"_s, u"PLACE"_s,
                                                             u"--date"_s, u"2026-12-03"_s, u"--repeat-weeks"_s, u"1"_s}
                                              << 2 << u"--until"_s;
        QTest::newRow("until before the date") << QStringList{u"distribution"_s, u"add"_s, u"--place"_s, u"PLACE"_s,
                                                              u"--date"_s, u"2026-12-03"_s, u"--repeat-weeks"_s, u"1"_s,
                                                              u"--until"_s, u"2026-11-01"_s}
                                               << 1 << u"after the first"_s;
        QTest::newRow("unknown place") << QStringList{u"distribution"_s, u"add"_s, u"--place"_s, u"ghost"_s, u"--date"_s,
                                                      u"2026-12-03"_s}
                                       << 1 << u"No place"_s;
        QTest::newRow("unknown distribution") << QStringList{u"distribution"_s, u"cancel"_s, u"ghost"_s} << 1
                                              << u"No distribution"_s;
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Group group = newGroup();
        arguments.replaceInStrings(u"CATALOGUE"_s, group.catalogue);
        arguments.replaceInStrings(u"PLACE"_s, group.place);
        const QString before = snapshot(group.path);
        const CliRun run = group.cli.run(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(snapshot(group.path), before);
    }

    void createsAWeeklySeriesAndListsItByTheContract()
    {
        Group group = newGroup();
        const CliRun run = group.cli.run({u"distribution"_s, u"add"_s, u"--place"_s, group.place, u"--date"_s,
                                          u"2026-12-03"_s, u"--start"_s, u"17:30"_s, u"--end"_s, u"19:30"_s,
                                          u"--repeat-weeks"_s, u"1"_s, u"--until"_s, u"2026-12-31"_s, u"--skip"_s,
                                          u"2026-12-24"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList ids = run.outLines();
        QCOMPARE(ids.size(), 4);
        for (const QString &id : ids)
            QVERIFY(CliRun::isId(id));

        const auto distributions = listed(group.cli, {u"distribution"_s, u"list"_s});
        QCOMPARE(distributions.size(), 4);
        const auto &first = distributions.first();
        QCOMPARE(first.value(u"id"_s), ids.first());
        QCOMPARE(first.value(u"date"_s), u"2026-12-03"_s);
        QCOMPARE(first.value(u"starts_at"_s), u"2026-12-03T17:30:00+01:00"_s);
        QCOMPARE(first.value(u"ends_at"_s), u"2026-12-03T19:30:00+01:00"_s);
        QCOMPARE(first.value(u"status"_s), u"planned"_s);
        QCOMPARE(first.value(u"place_name"_s), u"Salle Paul-Garcin"_s);
        QCOMPARE(first.value(u"validated_cents"_s), u"0"_s);
        QCOMPARE(distributions.last().value(u"date"_s), u"2026-12-31"_s);
        // Filtered by dates.
        QCOMPARE(listed(group.cli, {u"distribution"_s, u"list"_s, u"--from"_s, u"2026-12-10"_s, u"--to"_s, u"2026-12-17"_s})
                     .size(),
                 2);

        // The windows, with their offsets, on the wall clock.
        const CliRun shown = group.cli.run({u"distribution"_s, u"show"_s, ids.first()});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(u"Légumes: 2026-11-26T08:00:00+01:00 → 2026-12-01T17:30:00+01:00"_s),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"Offer: 2 product(s)"_s));
        QVERIFY2(shown.out.contains(u"Status: Not yet open"_s), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(u"Validated: 0 order(s)"_s), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(u"In progress: 0 order(s)"_s), qPrintable(shown.out));

        // The same date again at the same place is skipped, and said so.
        const CliRun again = group.cli.run({u"distribution"_s, u"add"_s, u"--place"_s, group.place, u"--date"_s,
                                            u"2026-12-10"_s, u"--repeat-weeks"_s, u"1"_s, u"--until"_s, u"2027-01-07"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.outLines().size(), 2); // 24 December and 7 January
        QVERIFY(again.err.contains(u"2026-12-10 skipped"_s));
    }

    void windowsKeepTheirWallClockHourAcrossTheSpringChange()
    {
        Group group = newGroup();
        const QString id = created(group.cli, {u"distribution"_s, u"add"_s, u"--place"_s, group.place, u"--date"_s,
                                               u"2027-03-30"_s, u"--start"_s, u"18:00"_s, u"--end"_s, u"19:30"_s});
        // Tuesday 30 March 2027 (summer time) closes 48 h before, on Sunday 28 March 18:00,
        // the day of the change, in summer time too; orders opened on the 23rd in winter time.
        const CliRun shown = group.cli.run({u"distribution"_s, u"show"_s, id});
        QVERIFY2(shown.out.contains(u"2027-03-23T08:00:00+01:00 → 2027-03-28T18:00:00+02:00"_s), qPrintable(shown.out));
        const CliRun dry = group.cli.run({u"distribution"_s, u"add"_s, u"--place"_s, group.place, u"--date"_s,
                                          u"2027-10-26"_s, u"--start"_s, u"09:00"_s, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.startsWith(u"2027-10-26"_s));
        QVERIFY(dry.out.contains(u"09:00"_s));
    }

    void showSaysTheAmountInProgressCoversTheAnonymousCarts()
    {
        CliRunner cli(file(u"demo-show.db"_s));
        cli.setNow(CliRunner::fixedNow());
        QCOMPARE(cli.run({u"demo"_s}).exitCode, 0);
        QHash<QString, QString> withCarts;
        for (const auto &distribution : listed(cli, {u"distribution"_s, u"list"_s})) {
            if (distribution.value(u"anonymous_cart_count"_s).toInt() > 0)
                withCarts = distribution;
        }
        QVERIFY(!withCarts.isEmpty());
        const CliRun shown = cli.run({u"distribution"_s, u"show"_s, withCarts.value(u"id"_s)});
        QCOMPARE(shown.exitCode, 0);
        const QString expected = u"In progress: %1 order(s) and %2 anonymous cart(s), "_s.arg(
            withCarts.value(u"in_progress_count"_s), withCarts.value(u"anonymous_cart_count"_s));
        QVERIFY2(shown.out.contains(expected), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(u" in all\n"_s), qPrintable(shown.out));
    }

    void cancellingOrMovingADistributionWithOrdersNeedsConfirmation()
    {
        CliRunner cli(file(u"demo-cancel.db"_s));
        cli.setNow(CliRunner::fixedNow());
        QCOMPARE(cli.run({u"demo"_s}).exitCode, 0);
        QString open;
        for (const auto &distribution : listed(cli, {u"distribution"_s, u"list"_s})) {
            if (distribution.value(u"date"_s) == u"2026-11-26"_s)
                open = distribution.value(u"id"_s);
        }
        QVERIFY(!open.isEmpty());
        const QString before = snapshot(file(u"demo-cancel.db"_s));

        const CliRun refused = cli.run({u"distribution"_s, u"cancel"_s, open});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"order(s)"_s), qPrintable(refused.err));
        const CliRun notMoved = cli.run({u"distribution"_s, u"move"_s, open, u"--date"_s, u"2026-11-27"_s});
        QCOMPARE(notMoved.exitCode, 3);
        QCOMPARE(snapshot(file(u"demo-cancel.db"_s)), before);

        QCOMPARE(cli.run({u"distribution"_s, u"move"_s, open, u"--date"_s, u"2026-11-27"_s, u"--confirm"_s}).exitCode, 0);
        QCOMPARE(cli.run({u"distribution"_s, u"cancel"_s, open, u"--confirm"_s}).exitCode, 0);
        auto cancelled = listed(cli, {u"distribution"_s, u"list"_s, u"--from"_s, u"2026-11-27"_s, u"--to"_s, u"2026-11-27"_s});
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().value(u"status"_s), u"cancelled"_s);
        QVERIFY(cancelled.first().value(u"validated_count"_s).toInt() > 0);
        QCOMPARE(cli.run({u"distribution"_s, u"reinstate"_s, open}).exitCode, 0);
        auto back = listed(cli, {u"distribution"_s, u"list"_s, u"--from"_s, u"2026-11-27"_s, u"--to"_s, u"2026-11-27"_s});
        QCOMPARE(back.first().value(u"status"_s), u"open"_s);
    }

    void importsProductsWithErrorLinesOnStderr()
    {
        Group group = newGroup();
        const QString csv = file(u"products.csv"_s);
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("productName,price,ref,desc,vat,qt,unit,organic,bulk,variablePrice\n"
                  "Carottes,2.60,CAR,Lavées,5.5,,,,,\n"
                  "Pot de miel,8.50,MIEL,,5.5,500,g,1,,\n"
                  ",3.00,,,,,,,,\n"
                  "Poulet,11.50,POU,,5.5,1800,g,,,true\n"
                  "Navets,gratuit,,,,,,,,\n");
        out.close();
        const QString before = snapshot(group.path);

        const CliRun strict = group.cli.run({u"product"_s, u"import"_s, u"--catalogue"_s, group.catalogue, csv, u"--strict"_s});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.err.contains(u"line 4: No product name."_s));
        QCOMPARE(snapshot(group.path), before);

        const CliRun dry = group.cli.run({u"product"_s, u"import"_s, u"--catalogue"_s, group.catalogue, csv, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.out.trimmed(), u"created 2, matched 1, errors 2"_s);
        QVERIFY(dry.err.contains(u"line 6: “gratuit” is not a price"_s));
        QCOMPARE(snapshot(group.path), before);

        const CliRun run = group.cli.run({u"product"_s, u"import"_s, u"--catalogue"_s, group.catalogue, csv});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().last(), u"created 2, matched 1, errors 2"_s);
        const auto products = listed(group.cli, {u"product"_s, u"list"_s, u"--catalogue"_s, group.catalogue});
        QCOMPARE(products.size(), 4);
        for (const auto &product : products) {
            if (product.value(u"reference"_s) == u"CAR"_s)
                QCOMPARE(product.value(u"price_cents"_s), u"240"_s); // never changed by an import
            if (product.value(u"reference"_s) == u"POU"_s)
                QCOMPARE(product.value(u"piece_weight_grams"_s), u"1800"_s);
        }

        const CliRun missing = group.cli.run({u"product"_s, u"import"_s, u"--catalogue"_s, group.catalogue,
                                              file(u"missing.csv"_s)});
        QCOMPARE(missing.exitCode, 1);
        const CliRun noCatalogue = group.cli.run({u"product"_s, u"import"_s, csv});
        QCOMPARE(noCatalogue.exitCode, 2);
    }

    void exportsProductsInCagettesLayout()
    {
        Group group = newGroup();
        const QString path = file(u"export-%1.csv"_s.arg(m_count));
        const CliRun run = group.cli.run({u"product"_s, u"export"_s, u"--catalogue"_s, group.catalogue, path});
        QCOMPARE(run.exitCode, 0);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("productName,price,ref,desc,vat,qt,unit,organic,bulk,variablePrice\r\n"));
        QVERIFY(bytes.contains("Carottes,2.40,CAR,,5.5,,piece,0,0,0\r\n"));
        QVERIFY(bytes.contains("Comté,18.90,COM,,5.5,1,kg,0,0,1\r\n"));
    }

    void placesAreArchivedAndBroughtBack()
    {
        Group group = newGroup();
        QCOMPARE(group.cli.run({u"place"_s, u"archive"_s, group.place}).exitCode, 0);
        QCOMPARE(listed(group.cli, {u"place"_s, u"list"_s}).size(), 0);
        const auto all = listed(group.cli, {u"place"_s, u"list"_s, u"--archived"_s});
        QCOMPARE(all.first().value(u"archived"_s), u"1"_s);
        QCOMPARE(group.cli.run({u"place"_s, u"archive"_s, group.place, u"--restore"_s}).exitCode, 0);
        QCOMPARE(listed(group.cli, {u"place"_s, u"list"_s}).size(), 1);
    }

    // `place show`: the name, the address, the postcode and town, then the id; "(archived)" once
    // archived; an unknown id refused (1), a missing one a usage error (2).
    void placeShowPrintsThePlaceAndItsIdLast()
    {
        Group group = newGroup();
        const QString halle = created(group.cli, {u"place"_s, u"add"_s, u"--name"_s, u"Halle aux grains"_s, u"--address"_s,
                                                  u"3 rue des Lilas"_s, u"--postcode"_s, u"69003"_s, u"--town"_s, u"Lyon"_s});
        const CliRun shown = group.cli.run({u"place"_s, u"show"_s, halle});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.out, u"Halle aux grains\n3 rue des Lilas\n69003 Lyon\nId: %1\n"_s.arg(halle));
        QCOMPARE(shown.lastLine(), u"Id: %1"_s.arg(halle));
        // Without an address or postcode: the town alone, no empty line.
        const CliRun other = group.cli.run({u"place"_s, u"show"_s, group.place});
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(other.out, u"Salle Paul-Garcin\nLyon\nId: %1\n"_s.arg(group.place));

        QCOMPARE(group.cli.run({u"place"_s, u"archive"_s, halle}).exitCode, 0);
        const CliRun archived = group.cli.run({u"place"_s, u"show"_s, halle});
        QCOMPARE(archived.exitCode, 0);
        QVERIFY2(archived.out.startsWith(u"Halle aux grains (archived)\n"_s), qPrintable(archived.out));

        const QString before = snapshot(group.path);
        const CliRun unknown = group.cli.run({u"place"_s, u"show"_s, u"00000000-0000-4000-8000-000000000000"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"00000000-0000-4000-8000-000000000000"_s), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(group.cli.run({u"place"_s, u"show"_s}).exitCode, 2);
        QCOMPARE(snapshot(group.path), before);
    }

    // `distribution distributed`: marks it handed out (the list and show say so), --undo takes
    // that back; a producer, or a cancelled distribution, is refused with nothing written.
    void distributedMarksADistributionHandedOutAndUndoTakesItBack()
    {
        OrderFixture market;
        CliRunner cli = cliOn(market);
        const auto statusOf = [&] {
            for (const auto &distribution : listed(cli, {u"distribution"_s, u"list"_s})) {
                if (distribution.value(u"id"_s) == market.distributionId)
                    return distribution.value(u"status"_s);
            }
            return QString();
        };
        const QString before = statusOf();
        QVERIFY(!before.isEmpty());
        QVERIFY(before != u"distributed"_s);

        const CliRun marked = cli.run({u"distribution"_s, u"distributed"_s, market.distributionId});
        QCOMPARE(marked.exitCode, 0);
        QCOMPARE(statusOf(), u"distributed"_s);
        QVERIFY(CalendarService(market.store()).distribution(market.distributionId).value().distributed);
        const CliRun shown = cli.run({u"distribution"_s, u"show"_s, market.distributionId});
        QVERIFY2(shown.out.contains(u"Status: Distributed\n"_s, Qt::CaseInsensitive), qPrintable(shown.out));

        const CliRun undone = cli.run({u"distribution"_s, u"distributed"_s, market.distributionId, u"--undo"_s});
        QCOMPARE(undone.exitCode, 0);
        QCOMPARE(statusOf(), before);
        QVERIFY(!CalendarService(market.store()).distribution(market.distributionId).value().distributed);

        const QString unchanged = DatabaseSnapshot::take(market.store());
        const CliRun producer = cliOn(market, market.producerUserName).run({u"distribution"_s, u"distributed"_s,
                                                                            market.distributionId});
        QCOMPARE(producer.exitCode, 1);
        QVERIFY2(producer.err.contains(u"coordinator"_s), qPrintable(producer.err));
        QCOMPARE(cli.run({u"distribution"_s, u"distributed"_s, u"00000000-0000-4000-8000-000000000000"_s}).exitCode, 1);
        QCOMPARE(cli.run({u"distribution"_s, u"distributed"_s}).exitCode, 2);
        QCOMPARE(DatabaseSnapshot::take(market.store()), unchanged);

        market.cancelDistribution(market.distributionId);
        const QString cancelled = DatabaseSnapshot::take(market.store());
        const CliRun refused = cli.run({u"distribution"_s, u"distributed"_s, market.distributionId});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"cancelled"_s), qPrintable(refused.err));
        QCOMPARE(DatabaseSnapshot::take(market.store()), cancelled);
    }

    // A producer --user: their own catalogue's products, not another producer's (exit 1, the
    // reason on stderr, nothing written); lists cut to theirs; coordinators' work refused.
    void aProducerAddsAndImportsProductsOnlyIntoTheirOwnCatalogues()
    {
        OrderFixture market;
        CliRunner producer = cliOn(market, market.producerUserName);
        const QString csv = file(u"pollen.csv"_s);
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("productName,price\nPollen,7.00\n");
        out.close();

        const QString before = DatabaseSnapshot::take(market.store());
        const QList<QStringList> refusals{
            {u"product"_s, u"add"_s, u"--catalogue"_s, market.honeyCatalogueId, u"--name"_s, u"Pollen"_s, u"--price"_s, u"7"_s},
            {u"product"_s, u"import"_s, u"--catalogue"_s, market.honeyCatalogueId, csv},
            {u"place"_s, u"add"_s, u"--name"_s, u"Marché couvert"_s},
            {u"producer"_s, u"add"_s, u"--name"_s, u"Boulangerie Martin"_s},
            {u"distribution"_s, u"cancel"_s, market.distributionId, u"--confirm"_s},
        };
        for (const QStringList &arguments : refusals) {
            const CliRun refused = producer.run(arguments);
            QVERIFY2(refused.exitCode == 1, qPrintable(arguments.join(u' ') + u": "_s + refused.err));
            QVERIFY2(refused.err.contains(u"another producer"_s) || refused.err.contains(u"coordinator"_s),
                     qPrintable(refused.err));
            QCOMPARE(DatabaseSnapshot::take(market.store()), before);
        }
        QVERIFY(producer.run({u"product"_s, u"import"_s, u"--catalogue"_s, market.honeyCatalogueId, csv})
                    .err.contains(u"Miels"_s));
        // Nor can they read another producer's catalogue out through an export.
        const QString exported = file(u"honey-export.csv"_s);
        const CliRun export_ = producer.run({u"product"_s, u"export"_s, u"--catalogue"_s, market.honeyCatalogueId,
                                             u"--inactive"_s, exported});
        QCOMPARE(export_.exitCode, 1);
        QVERIFY2(export_.err.contains(u"another producer"_s), qPrintable(export_.err));
        QVERIFY(!QFileInfo::exists(exported));

        const CliRun own = producer.run({u"product"_s, u"add"_s, u"--catalogue"_s, market.catalogueId, u"--name"_s,
                                         u"Poireaux"_s, u"--price"_s, u"2,10"_s});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(CliRun::isId(own.lastLine()));
        QCOMPARE(producer.run({u"product"_s, u"import"_s, u"--catalogue"_s, market.catalogueId, csv}).exitCode, 0);
    }

    void aProducerListsOnlyTheirCataloguesAndProducts()
    {
        OrderFixture market;
        CliRunner coordinator = cliOn(market);
        CliRunner producer = cliOn(market, market.producerUserName);

        QCOMPARE(listed(coordinator, {u"catalogue"_s, u"list"_s}).size(), 3);
        QCOMPARE(listed(coordinator, {u"producer"_s, u"list"_s}).size(), 2);
        const auto catalogues = listed(producer, {u"catalogue"_s, u"list"_s});
        QCOMPARE(catalogues.size(), 2);
        for (const auto &catalogue : catalogues)
            QCOMPARE(catalogue.value(u"producer_id"_s), market.fermeId);
        const auto producers = listed(producer, {u"producer"_s, u"list"_s});
        QCOMPARE(producers.size(), 1);
        QCOMPARE(producers.first().value(u"id"_s), market.fermeId);
        QVERIFY(listed(producer, {u"catalogue"_s, u"list"_s, u"--producer"_s, market.rucherId}).isEmpty());
        QCOMPARE(listed(producer, {u"product"_s, u"list"_s, u"--catalogue"_s, market.catalogueId}).size(), 4);

        const CliRun rucher = producer.run({u"producer"_s, u"show"_s, market.rucherId});
        QCOMPARE(rucher.exitCode, 1);
        QVERIFY2(rucher.err.contains(u"another producer"_s), qPrintable(rucher.err));
        QVERIFY(rucher.out.isEmpty());
        QCOMPARE(producer.run({u"producer"_s, u"show"_s, market.fermeId}).exitCode, 0);
        QCOMPARE(coordinator.run({u"producer"_s, u"show"_s, market.rucherId}).exitCode, 0);

        const CliRun honey = producer.run({u"product"_s, u"list"_s, u"--catalogue"_s, market.honeyCatalogueId});
        QCOMPARE(honey.exitCode, 1);
        QVERIFY2(honey.err.contains(u"another producer"_s), qPrintable(honey.err));
        QVERIFY(honey.out.isEmpty());
    }

    void aProducerSeesTheirWindowsAndNoneOfTheDistributionsFigures()
    {
        OrderFixture market;
        CliRunner coordinator = cliOn(market);
        CliRunner producer = cliOn(market, market.producerUserName);

        const CliRun all = coordinator.run({u"distribution"_s, u"show"_s, market.distributionId});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(u"Validated: "_s) && all.out.contains(u"  Miels: "_s), qPrintable(all.out));
        const CliRun theirs = producer.run({u"distribution"_s, u"show"_s, market.distributionId});
        QCOMPARE(theirs.exitCode, 0);
        QVERIFY2(theirs.out.contains(u"  Légumes et fromages: "_s), qPrintable(theirs.out));
        QVERIFY2(!theirs.out.contains(u"Miels"_s), qPrintable(theirs.out));
        QVERIFY2(!theirs.out.contains(u"Validated: "_s) && !theirs.out.contains(u"In progress: "_s), qPrintable(theirs.out));

        const auto listedAll = listed(coordinator, {u"distribution"_s, u"list"_s});
        QCOMPARE(listedAll.first().value(u"validated_count"_s), u"0"_s);
        const auto listedTheirs = listed(producer, {u"distribution"_s, u"list"_s});
        QCOMPARE(listedTheirs.size(), listedAll.size());
        for (const QString &column : {u"validated_count"_s, u"in_progress_count"_s, u"anonymous_cart_count"_s,
                                      u"validated_cents"_s, u"in_progress_cents"_s})
            QCOMPARE(listedTheirs.first().value(column), QString());
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
