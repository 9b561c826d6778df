// `order add | show | validate | cancel | list` as scripts see them, through the real
// comptoir-cli executable on a small market built with the core services.
#include "../core/tst_orders_fixture.h"
#include "CliRunner.h"
#include "DatabaseSnapshot.h"
#include "repositories/LateChangeRepository.h"
#include "services/OrderService.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliOrders : public QObject {
    Q_OBJECT

    std::unique_ptr<OrderFixture> m_fixture;

    OrderFixture &f() { return *m_fixture; }
    Store &store() { return m_fixture->store(); }

    CliRunner cli(const QDateTime &now = OrderFixture::whileOpen())
    {
        CliRunner runner(f().test->path());
        runner.setNow(now.toString(Qt::ISODateWithMs));
        return runner;
    }

    CliRun add(const QStringList &lines, const QStringList &more = {}, const QString &member = {},
               const QDateTime &now = OrderFixture::whileOpen())
    {
        QStringList arguments{u"order"_s, u"add"_s, u"--distribution"_s, f().distributionId, u"--member"_s,
                              member.isEmpty() ? f().memberId : member};
        for (const QString &line : lines)
            arguments << u"--line"_s << line;
        return cli(now).run(arguments + more);
    }

    qint64 quantityOf(const QString &basketId, const QString &productId)
    {
        for (const OrderLine &line : OrderService(store()).lines(basketId).value()) {
            if (line.productId == productId)
                return line.quantity;
        }
        return 0;
    }

    // Runs the command, expects `exitCode` with `words` on stderr, and no change to the data.
    void expectRefused(const std::function<CliRun()> &run, int exitCode, const QString &words)
    {
        const QString before = DatabaseSnapshot::take(store());
        const CliRun refused = run();
        QCOMPARE(refused.exitCode, exitCode);
        QVERIFY2(refused.err.contains(words, Qt::CaseInsensitive), qPrintable(refused.err));
        QCOMPARE(DatabaseSnapshot::take(store()), before);
    }

private slots:
    void init() { m_fixture = std::make_unique<OrderFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void addEntersAnOrderAndPrintsItsIdLast()
    {
        const CliRun run = add({u"LEG-CAR=2"_s, u"FRO-COM=1,237"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(CliRun::isId(run.lastLine()), qPrintable(run.out));
        const QString basket = run.lastLine();
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(2));
        QCOMPARE(quantityOf(basket, f().cheeseId), qint64(1237));
        QCOMPARE(OrderService(store()).total(basket).value(), qint64(480 + 2338));
        QCOMPARE(OrderService(store()).basket(basket).value().status, Basket::Status::InProgress);
    }

    void weightsTakeADecimalPointOrComma()
    {
        const QString basket = add({u"fro-com=1.5"_s, u"VOL-POU=2 x 1,5"_s}).lastLine();
        QCOMPARE(quantityOf(basket, f().cheeseId), qint64(1500));
        QCOMPARE(quantityOf(basket, f().chickenId), qint64(2));
        QCOMPARE(OrderService(store()).total(basket).value(), qint64(2835 + 3450));
    }

    void aProductIsNamedByReferenceOrId()
    {
        const CliRun run = add({f().honeyId + u"=3"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(quantityOf(run.lastLine(), f().honeyId), qint64(3));
    }

    void anExistingOrderIsCompletedNeverDuplicated()
    {
        const QString first = add({u"LEG-CAR=2"_s, u"MIE-LAV=1"_s}).lastLine();
        const CliRun again = add({u"LEG-CAR=5"_s, u"OEU-6=1"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.lastLine(), first);
        QCOMPARE(quantityOf(first, f().carrotsId), qint64(5)); // same product: replaced
        QCOMPARE(quantityOf(first, f().honeyId), qint64(1));   // kept
        QCOMPARE(quantityOf(first, f().eggsId), qint64(1));
        QCOMPARE(OrderService(store()).baskets(f().distributionId).value().size(), 1);
    }

    void aClosedCatalogueNeedsConfirmLate()
    {
        expectRefused([&] { return add({u"LEG-CAR=2"_s}, {}, {}, OrderFixture::afterVegetablesClosed()); }, 3,
                      u"Légumes et fromages"_s);
        const CliRun confirmed = add({u"LEG-CAR=2"_s}, {u"--confirm-late"_s}, {}, OrderFixture::afterVegetablesClosed());
        QCOMPARE(confirmed.exitCode, 0);
        QVERIFY(confirmed.out.contains(u"late change"_s));
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(confirmed.lastLine()).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().quantityAfter.value_or(-1), qint64(2));
    }

    // The closing instant itself is closed: --now at that millisecond needs --confirm-late, one
    // millisecond before does not.
    void theClosingInstantItselfNeedsConfirmLate()
    {
        const QDateTime closing(QDate(2026, 12, 1), QTime(16, 0), QTimeZone::utc());
        const CliRun before = add({u"LEG-CAR=1"_s}, {}, {}, closing.addMSecs(-1));
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(!before.out.contains(u"late change"_s), qPrintable(before.out));
        QCOMPARE(LateChangeRepository(store()).listForBasket(before.lastLine()).value().size(), 0);
        expectRefused([&] { return add({u"LEG-CAR=2"_s}, {}, {}, closing); }, 3, u"Légumes et fromages"_s);
        const CliRun confirmed = add({u"LEG-CAR=2"_s}, {u"--confirm-late"_s}, {}, closing);
        QCOMPARE(confirmed.exitCode, 0);
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(confirmed.lastLine()).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().at, closing);
    }

    // `order validate` on an order in progress stores today's price on each of its lines.
    void validateStoresTodaysPriceOnEachLine()
    {
        const QString basket = add({u"LEG-CAR=2"_s, u"FRO-COM=0,5"_s}).lastLine();
        for (const OrderLine &line : OrderService(store()).lines(basket).value())
            QVERIFY(!line.unitPriceCents.has_value());
        Product cheese = CatalogueService(store()).product(f().cheeseId).value();
        cheese.priceCents = 2000;
        QVERIFY(CatalogueService(store()).updateProduct(cheese));
        QCOMPARE(cli().run({u"order"_s, u"validate"_s, basket}).exitCode, 0);
        QMap<QString, qint64> prices;
        for (const OrderLine &line : OrderService(store()).lines(basket).value())
            prices.insert(line.productId, line.unitPriceCents.value_or(-1));
        QCOMPARE(prices, (QMap<QString, qint64>{{f().carrotsId, 240}, {f().cheeseId, 2000}}));
    }

    void validateFreezesAndCancelCancels()
    {
        const QString basket = add({u"LEG-CAR=2"_s}, {u"--validate"_s}).lastLine();
        QCOMPARE(OrderService(store()).basket(basket).value().status, Basket::Status::Validated);
        QCOMPARE(OrderService(store()).lines(basket).value().first().unitPriceCents.value_or(-1), qint64(240));

        const QString other = add({u"LEG-CAR=1"_s}, {}, f().otherMemberId).lastLine();
        QCOMPARE(cli().run({u"order"_s, u"validate"_s, other}).exitCode, 0);
        QCOMPARE(OrderService(store()).basket(other).value().status, Basket::Status::Validated);

        expectRefused([&] { return cli(OrderFixture::afterVegetablesClosed()).run({u"order"_s, u"cancel"_s, other}); },
                      3, u"confirm"_s);
        QCOMPARE(cli(OrderFixture::afterVegetablesClosed()).run({u"order"_s, u"cancel"_s, other, u"--confirm-late"_s}).exitCode,
                 0);
        QCOMPARE(OrderService(store()).basket(other).value().status, Basket::Status::Cancelled);
        expectRefused([&] { return cli().run({u"order"_s, u"validate"_s, other}); }, 1, u"cancelled"_s);
    }

    void badLinesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown reference") << u"NOPE=1"_s << 1 << u"No product"_s;
        QTest::newRow("catalogue not taking part") << u"CON-FRA=1"_s << 1 << u"not offered"_s;
        QTest::newRow("negative") << u"LEG-CAR=-2"_s << 1 << u"more than zero"_s;
        QTest::newRow("zero, not in the order") << u"OEU-6=0"_s << 1 << u"not in this order"_s;
        QTest::newRow("absurd") << u"LEG-CAR=99999"_s << 1 << u"not plausible"_s;
        QTest::newRow("decimal pieces") << u"LEG-CAR=1,5"_s << 1 << u"whole number"_s;
        QTest::newRow("no quantity") << u"LEG-CAR"_s << 2 << u"REF=QTY"_s;
    }

    void badLinesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, line);
        QFETCH(int, exitCode);
        QFETCH(QString, words);
        add({u"MIE-LAV=1"_s});
        expectRefused([&] { return add({u"LEG-CAR=1"_s, line}); }, exitCode, words);
    }

    void aZeroQuantityTakesTheLineOut()
    {
        const QString basket = add({u"LEG-CAR=2"_s, u"FRO-COM=1,237"_s, u"MIE-LAV=1"_s}).lastLine();
        const CliRun run = add({u"LEG-CAR=0"_s, u"FRO-COM=0 kg"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lastLine(), basket);
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(0));
        QCOMPARE(quantityOf(basket, f().cheeseId), qint64(0));
        QCOMPARE(quantityOf(basket, f().honeyId), qint64(1));
        QCOMPARE(OrderService(store()).lines(basket).value().size(), 1);
        QCOMPARE(OrderService(store()).total(basket).value(), qint64(850));
        QVERIFY(LateChangeRepository(store()).listForBasket(basket).value().isEmpty()); // still open: not late
    }

    void takingOutALineNotInTheOrderIsRefused()
    {
        // No order yet: nothing to take out, and no empty order is made.
        expectRefused([&] { return add({u"LEG-CAR=0"_s}); }, 1, u"not in this order"_s);
        QVERIFY(OrderService(store()).baskets(f().distributionId).value().isEmpty());
        add({u"MIE-LAV=1"_s});
        // In an order that does not hold it, even beside a good line: nothing changes.
        expectRefused([&] { return add({u"MIE-LAV=2"_s, u"LEG-CAR=0"_s}); }, 1, u"Carottes (botte)"_s);
    }

    void takingOutALineOfAClosedCatalogueNeedsConfirmLate()
    {
        const QString basket = add({u"LEG-CAR=2"_s, u"MIE-LAV=1"_s}).lastLine();
        expectRefused([&] { return add({u"LEG-CAR=0"_s}, {}, {}, OrderFixture::afterVegetablesClosed()); }, 3,
                      u"Légumes et fromages"_s);
        const CliRun confirmed = add({u"LEG-CAR=0"_s}, {u"--confirm-late"_s}, {}, OrderFixture::afterVegetablesClosed());
        QCOMPARE(confirmed.exitCode, 0);
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(0));
        const QList<LateChange> late = LateChangeRepository(store()).listForBasket(basket).value();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().productId, f().carrotsId);
        QCOMPARE(late.first().kind, LateChange::Kind::Remove);
        QCOMPARE(late.first().quantityBefore.value_or(-1), qint64(2));
        QVERIFY(!late.first().quantityAfter.has_value());
    }

    void helpSaysThatZeroTakesALineOut()
    {
        const CliRun help = CliRunner().runBare({u"order"_s, u"add"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.simplified().contains(u"QTY 0 takes it out of the order"_s), qPrintable(help.out));
    }

    void beyondTheStockIsRefusedWithWhatIsLeft()
    {
        f().setOffer(f().eggsId, 3);
        expectRefused([&] { return add({u"OEU-6=4"_s}); }, 1, u"Only 3"_s);
    }

    void unknownMemberDistributionOrMissingOptionsAreRefused()
    {
        expectRefused([&] { return add({u"LEG-CAR=1"_s}, {}, u"no-such-member"_s); }, 1, u"No member"_s);
        expectRefused([&] {
            return cli().run({u"order"_s, u"add"_s, u"--distribution"_s, u"nowhere"_s, u"--member"_s, f().memberId,
                              u"--line"_s, u"LEG-CAR=1"_s});
        }, 1, u"No distribution"_s);
        expectRefused([&] { return cli().run({u"order"_s, u"add"_s, u"--distribution"_s, f().distributionId,
                                              u"--member"_s, f().memberId}); },
                      2, u"--line"_s);
        expectRefused([&] { return cli().run({u"order"_s, u"list"_s}); }, 2, u"--distribution"_s);
    }

    void aCancelledDistributionTakesNoOrder()
    {
        f().cancelDistribution(f().distributionId);
        expectRefused([&] { return add({u"LEG-CAR=1"_s}); }, 1, u"cancelled"_s);
    }

    void aProducerAddsOnlyTheirOwnProducts()
    {
        CliRunner producer = cli();
        producer.setUser(f().producerUserName);
        const QStringList base{u"order"_s, u"add"_s, u"--distribution"_s, f().distributionId, u"--member"_s, f().memberId};
        expectRefused([&] { return producer.run(base + QStringList{u"--line"_s, u"MIE-LAV=1"_s}); }, 1,
                      u"another producer"_s);
        const CliRun own = producer.run(base + QStringList{u"--line"_s, u"LEG-CAR=1"_s});
        QCOMPARE(own.exitCode, 0);
        QCOMPARE(OrderService(store()).basket(own.lastLine()).value().source, Basket::Source::Producer);
    }

    void aProducerCannotChangeOrTakeOutAnotherProducersLine()
    {
        const QString basket = add({u"LEG-CAR=2"_s, u"MIE-LAV=1"_s}).lastLine();
        CliRunner producer = cli();
        producer.setUser(f().producerUserName);
        const QStringList base{u"order"_s, u"add"_s, u"--distribution"_s, f().distributionId, u"--member"_s, f().memberId};
        expectRefused([&] { return producer.run(base + QStringList{u"--line"_s, u"MIE-LAV=3"_s}); }, 1,
                      u"another producer"_s);
        expectRefused([&] { return producer.run(base + QStringList{u"--line"_s, u"MIE-LAV=0"_s}); }, 1,
                      u"another producer"_s);
        // Their own line beside it: refused as a whole.
        expectRefused([&] { return producer.run(base + QStringList{u"--line"_s, u"LEG-CAR=4"_s, u"--line"_s, u"MIE-LAV=0"_s}); },
                      1, u"another producer"_s);
        // Their own line alone changes, the honey stays.
        QCOMPARE(producer.run(base + QStringList{u"--line"_s, u"LEG-CAR=0"_s}).exitCode, 0);
        QCOMPARE(quantityOf(basket, f().carrotsId), qint64(0));
        QCOMPARE(quantityOf(basket, f().honeyId), qint64(1));
    }

    void aProducerSeesAndValidatesOnlyTheirPartOfAnOrder()
    {
        const QString mixed = add({u"LEG-CAR=2"_s, u"MIE-LAV=1"_s}).lastLine();
        add({u"MIE-LAV=3"_s}, {}, f().otherMemberId); // honey only: not theirs to see
        CliRunner producer = cli();
        producer.setUser(f().producerUserName);

        const CliRun show = producer.run({u"order"_s, u"show"_s, mixed});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(u"Carottes (botte)"_s) && !show.out.contains(u"Miel de lavande"_s), qPrintable(show.out));
        const QStringList totalLine = show.out.split(u'\n').filter(QRegularExpression(u"^Total"_s));
        QCOMPARE(totalLine.size(), 1);
        QVERIFY2(totalLine.first().contains(u"4.80"_s), qPrintable(show.out)); // their carrots, not the honey

        const QList<QStringList> rows = producer.run({u"order"_s, u"list"_s, u"--distribution"_s, f().distributionId,
                                                      u"--format"_s, u"csv"_s}).csv();
        QCOMPARE(rows.size(), 2); // the header and the mixed order
        const QStringList header = rows.first();
        QCOMPARE(rows.at(1).at(header.indexOf(u"id"_s)), mixed);
        QCOMPARE(rows.at(1).at(header.indexOf(u"total_cents"_s)), u"480"_s);
        QCOMPARE(rows.at(1).at(header.indexOf(u"line_count"_s)), u"1"_s);

        expectRefused([&] { return producer.run({u"order"_s, u"validate"_s, mixed}); }, 1, u"coordinator"_s);
        expectRefused([&] { return producer.run({u"order"_s, u"cancel"_s, mixed}); }, 1, u"coordinator"_s);
    }

    void listAsCsvFollowsTheContract()
    {
        const QString basket = add({u"LEG-CAR=2"_s, u"FRO-COM=1,237"_s}, {u"--validate"_s}).lastLine();
        add({u"MIE-LAV=1"_s}, {}, f().otherMemberId);
        OrderService orders(store());
        store().clock().setFixed(OrderFixture::whileOpen());
        const Basket cart = orders.openAnonymousCart(f().distributionId).value();
        QVERIFY(orders.setLine(cart.id, f().carrotsId, 1));

        const CliRun run = cli().run({u"order"_s, u"list"_s, u"--distribution"_s, f().distributionId, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.startsWith(u"\uFEFF"_s));
        const QList<QStringList> rows = run.csv();
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows.first();
        QCOMPARE(header.first(), u"id"_s);
        for (const char *column : {"member_id", "member_name", "status", "source", "total_cents", "line_count", "updated_at"})
            QVERIFY2(header.contains(QLatin1StringView(column)), column);
        const auto cell = [&](int row, const char *column) { return rows.at(row).at(header.indexOf(QLatin1StringView(column))); };
        QCOMPARE(rows.at(1).first(), basket);
        QCOMPARE(cell(1, "member_id"), f().memberId);
        QCOMPARE(cell(1, "member_name"), u"Dupré Hélène"_s);
        QCOMPARE(cell(1, "phone"), u"+33612345678"_s);
        QCOMPARE(cell(1, "status"), u"validated"_s);
        QCOMPARE(cell(1, "source"), u"coordinator"_s);
        QCOMPARE(cell(1, "total_cents"), u"2818"_s);
        QCOMPARE(cell(1, "line_count"), u"2"_s);
        const QDateTime updated = QDateTime::fromString(cell(1, "updated_at"), Qt::ISODateWithMs);
        QVERIFY(updated.isValid());
        QCOMPARE(updated, OrderFixture::whileOpen());
        QCOMPARE(cell(2, "status"), u"in_progress"_s);
        QCOMPARE(cell(3, "member_id"), QString()); // the anonymous cart
        QCOMPARE(cell(3, "member_name"), QString());
        QCOMPARE(cell(3, "total_cents"), u"240"_s);

        const CliRun inProgress = cli().run({u"order"_s, u"list"_s, u"--distribution"_s, f().distributionId,
                                             u"--in-progress"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(inProgress.csv().size(), 3);

        // The text list shows the statuses and sources in words.
        const CliRun text = cli().run({u"order"_s, u"list"_s, u"--distribution"_s, f().distributionId});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"In progress"_s) && text.out.contains(u"Validated"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"Coordinator"_s));
        QVERIFY(!text.out.contains(u"in_progress"_s));
    }

    void showPrintsTheLinesAndTheTotal()
    {
        const QString basket = add({u"LEG-CAR=2"_s, u"FRO-COM=1,237"_s}).lastLine();
        const CliRun run = cli().run({u"order"_s, u"show"_s, basket});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Dupré Hélène"_s));
        QVERIFY(run.out.contains(u"Comté 18 mois"_s));
        // People read words; the keys are for the CSV.
        QVERIFY2(run.out.contains(u"Status: In progress"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Source: Coordinator"_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"in_progress"_s));
        QVERIFY2(run.out.contains(u"28.18"_s), qPrintable(run.out));
        QCOMPARE(cli().run({u"order"_s, u"show"_s, u"nothing"_s}).exitCode, 1);
        QCOMPARE(cli().run({u"order"_s, u"show"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOrders)
#include "tst_cli_orders.moc"
