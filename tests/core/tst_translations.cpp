#include "TestStore.h"
#include "i18n/Translations.h"
#include "services/MemberService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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

    // The committed .ts could miss a string added to the sources since lupdate last ran: lupdate
    // is run here on the sources, into a copy of the French file, which must come out with
    // every message translated.
    void everySourceStringHasAFrenchTranslation()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString copy = folder.filePath(u"comptoir_fr.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(COMPTOIR_SOURCE_DIR "/resources/translations/comptoir_fr.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QDir sources(QStringLiteral(COMPTOIR_SOURCE_DIR));
        QProcess lupdate;
        lupdate.setWorkingDirectory(sources.path());
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // The options of the build's update_translations target (resources/CMakeLists.txt).
        lupdate.start(QStringLiteral(COMPTOIR_LUPDATE),
                      {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, sources.filePath(u"core"_s), u"-I"_s,
                       sources.filePath(u"ui"_s), sources.filePath(u"core"_s), sources.filePath(u"ui"_s),
                       sources.filePath(u"app"_s), u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        QFile updated(copy);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&updated);
        QString context;
        QString source;
        QStringList untranslated;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.name() == u"message"_s)
                ++messages;
            else if (xml.name() == u"source"_s)
                source = xml.readElementText();
            else if (xml.name() == u"translation"_s) {
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                if (unfinished)
                    untranslated.append(context + u": "_s + source);
                source = QString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 100, qPrintable(output));
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"Not translated into French (run the update_translations target, then translate):\n"_s
                            + untranslated.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
