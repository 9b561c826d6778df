#include "TestStore.h"
#include "i18n/Translations.h"
#include "services/MemberService.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void rulesSpeakFrenchOnAFrenchSystem()
    {
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        TestStore test;
        Member member;
        member.lastName = u"Dupré"_s;
        const auto added = MemberService(test.store()).add(member);
        QVERIFY(!added);
        QVERIFY2(added.error().message().contains(u"numéro de téléphone"_s), qPrintable(added.error().message()));
    }

    void everyFrenchMessageIsTranslated()
    {
        // The .ts file ships no unfinished message: the build's lrelease output is complete.
        QFile file(QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/translations/comptoir_fr.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        QVERIFY(ts.contains(u"<message"_s));
        QCOMPARE(ts.count(u"type=\"unfinished\""_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
