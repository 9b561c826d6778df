#include "common/Money.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void parsesPricesAsCoordinatorsTypeThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("comma") << u"18,90"_s << qint64(1890);
        QTest::newRow("point") << u"18.90"_s << qint64(1890);
        QTest::newRow("whole") << u"18"_s << qint64(1800);
        QTest::newRow("one decimal") << u"18,9"_s << qint64(1890);
        QTest::newRow("euro sign") << u"18,90 €"_s << qint64(1890);
        QTest::newRow("thousands space") << u"1 250,00"_s << qint64(125000);
        QTest::newRow("negative") << u"-2,50"_s << qint64(-250);
    }
    void parsesPricesAsCoordinatorsTypeThem()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, cents);
        QCOMPARE(Money::parse(typed).value_or(-999999), cents);
    }

    void refusesWhatIsNotAPrice_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << u"douze"_s;
        QTest::newRow("three decimals") << u"1,234"_s;
        QTest::newRow("two separators") << u"1,2,3"_s;
        QTest::newRow("huge") << u"99999999999999"_s;
    }
    void refusesWhatIsNotAPrice()
    {
        QFETCH(QString, typed);
        QVERIFY(!Money::parse(typed).has_value());
    }

    void weightAmountsAreExactToTheCent()
    {
        // 1.237 kg at 18,90 €/kg = 23,3793 € → 23,38 €.
        QCOMPARE(Money::forWeight(1890, 1237), qint64(2338));
        // Half a cent rounds up: 0.5 kg at 0,01 €/kg… 0.005 € → 0,01 €.
        QCOMPARE(Money::forWeight(1, 500), qint64(1));
        QCOMPARE(Money::forWeight(1, 499), qint64(0));
        QCOMPARE(Money::forWeight(2450, 350), qint64(858)); // 8,575 → 8,58
    }

    void includedVatIsComputedFromTheGrossAmount()
    {
        QCOMPARE(Money::includedVat(1055, 550), qint64(55));  // 10,55 € at 5.5 % holds 0,55 €
        QCOMPARE(Money::includedVat(1200, 2000), qint64(200)); // 12 € at 20 % holds 2 €
        QCOMPARE(Money::includedVat(1000, 0), qint64(0));
    }

    void formatsInTheLocalesWay()
    {
        const QString french = Money::format(1890, QLocale(QLocale::French, QLocale::France));
        QVERIFY2(french.contains(u"18,90"_s) && french.contains(u"€"_s), qPrintable(french));
        const QString english = Money::format(1890, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(english.contains(u"18.90"_s), qPrintable(english));
    }

    void thousandthsRoundTrip()
    {
        QCOMPARE(Decimal::parseThousandths(u"1,237"_s).value_or(-1), qint64(1237));
        QCOMPARE(Decimal::parseThousandths(u"0.5"_s).value_or(-1), qint64(500));
        QCOMPARE(Decimal::parseThousandths(u"2"_s).value_or(-1), qint64(2000));
        QVERIFY(!Decimal::parseThousandths(u"1,2345"_s));
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(Decimal::formatThousandths(1237, french), u"1,237"_s);
        QCOMPARE(Decimal::formatThousandths(1500, french), u"1,5"_s);
        QCOMPARE(Decimal::formatThousandths(2000, french), u"2"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
