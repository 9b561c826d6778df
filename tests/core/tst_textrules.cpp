#include "common/EmailAddress.h"
#include "common/Ids.h"
#include "common/PhoneNumber.h"
#include "common/SearchText.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestTextRules : public QObject {
    Q_OBJECT

private slots:
    void frenchPhoneFormsAreOneNumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("spaces") << u"06 12 34 56 78"_s;
        QTest::newRow("international") << u"+33 6 12 34 56 78"_s;
        QTest::newRow("digits") << u"0612345678"_s;
        QTest::newRow("dots") << u"06.12.34.56.78"_s;
        QTest::newRow("dashes") << u"06-12-34-56-78"_s;
        QTest::newRow("double zero") << u"0033 6 12 34 56 78"_s;
        QTest::newRow("trunk zero in brackets") << u"+33 (0)6 12 34 56 78"_s;
        QTest::newRow("no-break spaces") << u"06\u00a012\u00a034\u00a056\u00a078"_s;
    }
    void frenchPhoneFormsAreOneNumber()
    {
        QFETCH(QString, typed);
        QCOMPARE(PhoneNumber::normalize(typed).value_or(u"none"_s), u"+33612345678"_s);
    }

    void phoneNumbersThatAreNotNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("letters") << u"06 12 AB 56 78"_s;
        QTest::newRow("too short") << u"06 12 34"_s;
        QTest::newRow("too long") << u"06 12 34 56 78 90"_s;
        QTest::newRow("plus in the middle") << u"06+12345678"_s;
        QTest::newRow("french too short") << u"+33 6 12 34 56"_s;
        QTest::newRow("sql") << u"'; DROP TABLE member; --"_s;
    }
    void phoneNumbersThatAreNotNumbersAreRefused()
    {
        QFETCH(QString, typed);
        QVERIFY(!PhoneNumber::normalize(typed).has_value());
    }

    void emptyPhoneIsNoPhone()
    {
        QCOMPARE(PhoneNumber::normalize(u"  "_s).value_or(u"none"_s), QString());
    }

    void foreignNumbersKeepTheirPrefix()
    {
        QCOMPARE(PhoneNumber::normalize(u"+41 21 123 45 67"_s).value_or(QString()), u"+41211234567"_s);
        QCOMPARE(PhoneNumber::display(u"+41211234567"_s), u"+41211234567"_s);
    }

    void phonesAreShownTheFrenchWay()
    {
        QCOMPARE(PhoneNumber::display(u"+33612345678"_s), u"06 12 34 56 78"_s);
        QCOMPARE(PhoneNumber::display(u"+33478391280"_s), u"04 78 39 12 80"_s);
    }

    void emailShapes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"helene.dupre@example.org"_s << true;
        QTest::newRow("plus and subdomain") << u"h+marche@mail.example.fr"_s << true;
        QTest::newRow("no at") << u"helene.example.org"_s << false;
        QTest::newRow("two ats") << u"a@b@example.org"_s << false;
        QTest::newRow("no domain dot") << u"helene@localhost"_s << false;
        QTest::newRow("space") << u"helene dupre@example.org"_s << false;
        QTest::newRow("double dot") << u"helene..dupre@example.org"_s << false;
        QTest::newRow("trailing dot local") << u"helene.@example.org"_s << false;
        QTest::newRow("accented domain") << u"a@exémple.fr"_s << false;
        QTest::newRow("sql") << u"x'; DROP TABLE member;--@a.fr"_s << false;
    }
    void emailShapes()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(EmailAddress::isValid(address), valid);
    }

    void searchTextIgnoresCaseAndAccents()
    {
        QCOMPARE(SearchText::fold(u"Hélène  DUPRÉ"_s), SearchText::fold(u"helene dupre"_s));
        QCOMPARE(SearchText::fold(u"Œufs de cane"_s), u"oeufs de cane"_s);
        QCOMPARE(SearchText::fold(u"Miel d’acacia"_s), u"miel d'acacia"_s);
        QCOMPARE(SearchText::fold(u"François Çà"_s), u"francois ca"_s);
    }

    void idsAreLowercaseUuidsWithoutBraces()
    {
        const QString id = Ids::create();
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
        QVERIFY(!id.contains(u'{'));
        QVERIFY(Ids::isWellFormed(id));
        QVERIFY(!Ids::isWellFormed(u"{"_s + id + u"}"_s));
        QVERIFY(!Ids::isWellFormed(u"not-an-id"_s));
        QVERIFY(Ids::create() != id);
    }

    // Must stay the last test of this file: the seed stays in force for the process.
    void seededIdsRepeatAndStayWellFormed()
    {
        Ids::useSeedForTests(6);
        const QStringList first{Ids::create(), Ids::create(), Ids::create()};
        Ids::useSeedForTests(6);
        const QStringList again{Ids::create(), Ids::create(), Ids::create()};
        QCOMPARE(again, first);
        QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), 3);
        for (const QString &id : first) {
            QVERIFY2(Ids::isWellFormed(id), qPrintable(id));
            QCOMPARE(QUuid::fromString(id).version(), QUuid::Random);
            QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
