// The command-line contract of docs/DESIGN.md as scripts see it: global options, exit statuses,
// `init`, `demo` and `member list`, driven through the real comptoir-cli executable.
#include "CliRunner.h"
#include "DatabaseSnapshot.h"
#include "store/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // A demo database made once and shared by the read-only tests.
    QString demo()
    {
        const QString path = file(u"shared-demo.db"_s);
        if (!QFile::exists(path)) {
            CliRunner cli(path);
            cli.setNow(CliRunner::fixedNow());
            const CliRun made = cli.run({u"demo"_s});
            if (made.exitCode != 0)
                qFatal("demo failed: %s", qPrintable(made.err));
        }
        return path;
    }

private slots:
    void helpListsTheCommandsAndExitsZero()
    {
        const CliRun run = CliRunner().runBare({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"member list"_s));
        QVERIFY(run.out.contains(u"--database"_s));
    }

    void versionPrintsTheVersion()
    {
        const CliRun run = CliRunner().runBare({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"comptoir-cli "_s));
    }

    void noCommandIsAUsageError()
    {
        const CliRun run = CliRunner().runBare({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"Usage"_s));
    }

    void unknownCommandIsAUsageError()
    {
        const CliRun run = CliRunner(file(u"none.db"_s)).run({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"frobnicate"_s));
        QVERIFY(!QFile::exists(file(u"none.db"_s)));
    }

    void unknownSubcommandListsTheGroup()
    {
        const CliRun run = CliRunner(file(u"none.db"_s)).run({u"member"_s, u"fly"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"member list"_s));
    }

    void unknownOptionIsAUsageError()
    {
        const CliRun run = CliRunner(demo()).run({u"member"_s, u"list"_s, u"--colour"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"colour"_s));
    }

    void globalOptionAfterTheCommandIsNotGlobal()
    {
        // Global options come before the command; after it they are the command's, and unknown.
        const CliRun run = CliRunner().runBare({u"member"_s, u"list"_s, u"--database"_s, demo()});
        QCOMPARE(run.exitCode, 2);
    }

    void malformedNowIsAUsageError()
    {
        CliRunner cli(demo());
        cli.setNow(u"next tuesday"_s);
        const CliRun run = cli.run({u"member"_s, u"list"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"next tuesday"_s));
    }

    void malformedNowFromTheEnvironmentIsAUsageError()
    {
        CliRunner cli(demo());
        cli.setEnvironment(u"COMPTOIR_NOW"_s, u"yesterday"_s);
        const CliRun run = cli.run({u"member"_s, u"list"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"COMPTOIR_NOW"_s));
    }

    void databaseComesFromTheEnvironment()
    {
        CliRunner cli;
        cli.setEnvironment(u"COMPTOIR_DATABASE"_s, demo());
        const CliRun run = cli.run({u"member"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.csv().size() > 50);
    }

    void missingDatabaseIsRefusedAndNotCreated()
    {
        const QString path = file(u"missing.db"_s);
        const CliRun run = CliRunner(path).run({u"member"_s, u"list"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"init"_s));
        QVERIFY(!QFile::exists(path));
    }

    void foreignFileIsRefusedAndLeftUntouched()
    {
        const QString path = file(u"notes.db"_s);
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("shopping list: leeks, honey\n");
        notes.close();
        const CliRun run = CliRunner(path).run({u"member"_s, u"list"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("shopping list: leeks, honey\n"));
    }

    void initCreatesAGroupAndPrintsItsId()
    {
        const QString path = file(u"init.db"_s);
        CliRunner cli(path);
        cli.setUser(u"Claire"_s);
        const CliRun run = cli.run({u"init"_s, u"--group"_s, u"AMAP des Pentes"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(CliRun::isId(run.lastLine()), qPrintable(run.out));

        const CliRun members = cli.run({u"member"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(members.exitCode, 0);
        QCOMPARE(members.csv().size(), 1); // the header alone
    }

    void initRefusesADatabaseThatHoldsData()
    {
        const QString path = demo();
        auto store = Store::open(path, false);
        QVERIFY(store);
        const QString before = DatabaseSnapshot::take(**store);
        store = Error();

        const CliRun run = CliRunner(path).run({u"init"_s, u"--group"_s, u"Another"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"already"_s));

        auto reopened = Store::open(path, false);
        QVERIFY(reopened);
        QCOMPARE(DatabaseSnapshot::take(**reopened), before);
    }

    void initWithAnEmptyGroupNameLeavesNoFile()
    {
        const QString path = file(u"unnamed.db"_s);
        const CliRun run = CliRunner(path).run({u"init"_s, u"--group"_s, u"  "_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"name"_s));
        QVERIFY(!QFile::exists(path));
    }

    void initWithAnUnknownTimeZoneIsRefused()
    {
        const QString path = file(u"zone.db"_s);
        const CliRun run = CliRunner(path).run({u"init"_s, u"--time-zone"_s, u"Europe/Atlantis"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(path));
    }

    void demoRefusesAnExistingGroup()
    {
        const CliRun run = CliRunner(demo()).run({u"demo"_s});
        QCOMPARE(run.exitCode, 1);
    }

    void demoTakesOnlyAWholeSeed()
    {
        const CliRun run = CliRunner(file(u"seed.db"_s)).run({u"demo"_s, u"--seed"_s, u"abc"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(file(u"seed.db"_s)));
    }

    void memberListAsCsvFollowsTheContract()
    {
        const CliRun run = CliRunner(demo()).run({u"member"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.startsWith(u"\uFEFF"_s));
        const QList<QStringList> rows = run.csv();
        QVERIFY(rows.size() > 55);
        const QStringList header = rows.first();
        QCOMPARE(header.first(), u"id"_s);
        const qsizetype phone = header.indexOf(u"phone"_s);
        const qsizetype email = header.indexOf(u"email"_s);
        const qsizetype notifications = header.indexOf(u"notifications"_s);
        const qsizetype updatedAt = header.indexOf(u"updated_at"_s);
        QVERIFY(phone > 0 && email > 0 && notifications > 0 && updatedAt > 0);
        int phoneOnly = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            QVERIFY2(CliRun::isId(row.first()), qPrintable(row.first()));
            if (!row.at(phone).isEmpty())
                QVERIFY2(row.at(phone).startsWith(u"+"_s), qPrintable(row.at(phone)));
            QVERIFY(row.at(notifications) == u"0"_s || row.at(notifications) == u"1"_s);
            QVERIFY(QDateTime::fromString(row.at(updatedAt), Qt::ISODateWithMs).isValid());
            if (row.at(email).isEmpty() && !row.at(phone).isEmpty())
                ++phoneOnly;
        }
        QVERIFY(phoneOnly >= 3);
    }

    void memberListSearchesIgnoringAccentsAndCase()
    {
        const CliRun run = CliRunner(demo()).run(
            {u"member"_s, u"list"_s, u"--search"_s, u"HELENE dupre"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> rows = run.csv();
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(1).contains(u"Dupré"_s));
    }

    void memberListAsTextShowsPhonesTheFrenchWay()
    {
        const CliRun run = CliRunner(demo()).run({u"member"_s, u"list"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outLines().first().contains(u"Phone"_s));
        QVERIFY(QRegularExpression(u"0\\d \\d\\d \\d\\d \\d\\d \\d\\d"_s).match(run.out).hasMatch());
    }

    void commandHelpNamesTheCommand()
    {
        const CliRun run = CliRunner().runBare({u"member"_s, u"list"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"Usage: comptoir-cli member list"_s));
        QVERIFY(run.out.contains(u"--search"_s));
    }

    void unknownFormatIsAUsageError()
    {
        const CliRun run = CliRunner(demo()).run({u"member"_s, u"list"_s, u"--format"_s, u"xml"_s});
        QCOMPARE(run.exitCode, 2);
    }

    void showCommandsWriteLabelsAndStatusesTheFrenchWay()
    {
        // French puts a no-break space before the colon, and people read words, never the CSV's keys.
        const QString path = demo();
        const QList<QStringList> members = CliRunner(path).run({u"member"_s, u"list"_s, u"--format"_s, u"csv"_s}).csv();
        const qsizetype phone = members.first().indexOf(u"phone"_s);
        QString memberId;
        for (const QStringList &row : members.mid(1)) {
            if (!row.at(phone).isEmpty())
                memberId = row.first();
        }
        QVERIFY(!memberId.isEmpty());
        const QList<QStringList> distributions =
            CliRunner(path).run({u"distribution"_s, u"list"_s, u"--format"_s, u"csv"_s}).csv();
        QVERIFY(distributions.size() > 1);

        CliRunner french(path);
        french.setNow(CliRunner::fixedNow());
        french.setEnvironment(u"LANG"_s, u"fr_FR.UTF-8"_s);
        french.setEnvironment(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
        french.setEnvironment(u"LANGUAGE"_s, u"fr"_s);
        const CliRun member = french.run({u"member"_s, u"show"_s, memberId});
        QCOMPARE(member.exitCode, 0);
        QVERIFY2(member.out.contains(u"Téléphone\u00a0: "_s), qPrintable(member.out));
        const CliRun distribution = french.run({u"distribution"_s, u"show"_s, distributions.at(1).first()});
        QCOMPARE(distribution.exitCode, 0);
        static const QRegularExpression status(u"^État\u00a0: (.*)$"_s, QRegularExpression::MultilineOption);
        const QString word = status.match(distribution.out).captured(1);
        QVERIFY2(QStringList({u"Ouverture à venir"_s, u"Commandes ouvertes"_s, u"Commandes fermées"_s,
                              u"Distribuée"_s, u"Annulée"_s})
                     .contains(word),
                 qPrintable(distribution.out));
    }

    void speaksFrenchOnAFrenchSystem()
    {
        CliRunner cli(file(u"missing-fr.db"_s));
        cli.setEnvironment(u"LANG"_s, u"fr_FR.UTF-8"_s);
        cli.setEnvironment(u"LC_ALL"_s, u"fr_FR.UTF-8"_s);
        cli.setEnvironment(u"LANGUAGE"_s, u"fr"_s);
        const CliRun run = cli.run({u"member"_s, u"list"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"n’existe pas"_s) || run.err.contains(u"n'existe pas"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
