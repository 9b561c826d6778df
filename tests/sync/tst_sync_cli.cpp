#include "CliRunner.h"
#include "DatabaseSnapshot.h"
#include "SyncTestSupport.h"
#include "TestStore.h"
#include "services/MemberService.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTestSupport;

// comptoir-cli server init|upgrade, sync and conflict list, on the real executable, per the
// command-line contract (docs/DESIGN.md).
class TestSyncCli : public QObject {
    Q_OBJECT

private slots:
    void serverInitSetsUpOnceAndUpgradeFindsNothingToDo()
    {
        const QString url = newServer(u"cliinit"_s, false);
        CliRunner cli;
        const CliRun init = cli.runBare({u"server"_s, u"init"_s, u"--url"_s, url});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(u"is set up"_s));
        QCOMPARE(serverScalar(url, u"SELECT value FROM comptoir.sync_meta WHERE key = 'schema_version'"_s).toString(), u"1"_s);

        const CliRun again = cli.runBare({u"server"_s, u"init"_s, u"--url"_s, url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already"_s));

        const CliRun upgrade = cli.runBare({u"server"_s, u"upgrade"_s, u"--url"_s, url});
        QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
        QVERIFY(upgrade.out.contains(u"up to date"_s));
    }

    void syncPrintsWhatItMovedAndANewDeskGetsTheGroup()
    {
        const QString url = newServer(u"clisync"_s);
        QTemporaryDir folder;
        CliRunner deskA(folder.filePath(u"a.db"_s));
        QCOMPARE(deskA.run({u"init"_s, u"--group"_s, u"Marché du jeudi"_s}).exitCode, 0);
        {
            auto store = Store::open(folder.filePath(u"a.db"_s), false);
            QVERIFY(store);
            addMember(**store, u"Anne"_s, u"Leduc"_s, u"06 11 22 33 44"_s);
        }
        const CliRun up = deskA.run({u"sync"_s, u"--url"_s, url});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY2(up.outLines().last().contains(QRegularExpression(u"^pushed \\d+, pulled 0, conflicts 0$"_s)), qPrintable(up.out));

        CliRunner deskB(folder.filePath(u"b.db"_s));
        const CliRun down = deskB.run({u"sync"_s, u"--url"_s, url});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QVERIFY2(down.outLines().last().contains(QRegularExpression(u"^pushed 0, pulled [1-9]\\d*, conflicts 0$"_s)), qPrintable(down.out));
        const CliRun listA = deskA.run({u"member"_s, u"list"_s, u"--format"_s, u"csv"_s});
        const CliRun listB = deskB.run({u"member"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(listB.exitCode, 0);
        QCOMPARE(listB.out, listA.out);
        QVERIFY(listB.out.contains(u"Leduc"_s));
    }

    void conflictListShowsWhatWasLost()
    {
        const QString url = newServer(u"cliconflict"_s);
        TestStore a;
        a->setActor(u"Desk A"_s);
        const QString id = addMember(a.store(), u"Paul"_s, u"Girard"_s, u"0611111111"_s);
        QVERIFY(sync(a.store(), url));
        TestStore b(false);
        QVERIFY(sync(b.store(), url));
        b->setActor(u"Desk B"_s);
        for (auto [store, note] : {std::pair{&a.store(), u"vient à 18 h"_s}, std::pair{&b.store(), u"vient à 19 h"_s}}) {
            Member member = MemberService(*store).find(id).value();
            member.notes = note;
            QVERIFY(MemberService(*store).update(member));
        }
        QVERIFY(sync(a.store(), url));

        CliRunner cliB(b.path());
        const CliRun synced = cliB.run({u"sync"_s, u"--url"_s, url});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        // Its change and audit entry up; desk A's audit entry down.
        QCOMPARE(synced.outLines().last(), u"pushed 2, pulled 1, conflicts 1"_s);

        const CliRun csv = cliB.run({u"conflict"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = csv.csv();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QStringList{u"id"_s, u"at"_s, u"table_name"_s, u"row_id"_s, u"field"_s, u"kept_value"_s,
                                          u"lost_value"_s, u"rule"_s, u"kept_by"_s, u"lost_by"_s, u"change_id"_s}));
        const QStringList row = rows.at(1);
        QCOMPARE(row.at(2), u"member"_s);
        QCOMPARE(row.at(3), id);
        QCOMPARE(row.at(4), u"notes"_s);
        QCOMPARE(row.at(5), u"vient à 19 h"_s);
        QCOMPARE(row.at(6), u"vient à 18 h"_s);
        QCOMPARE(row.at(7), u"later_arrival"_s);
        QCOMPARE(row.at(8), u"Desk B"_s);
        QCOMPARE(row.at(9), u"Desk A"_s);
        QVERIFY(row.at(1).endsWith(u'Z') || row.at(1).contains(u'+'));

        const CliRun text = cliB.run({u"conflict"_s, u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"vient à 18 h"_s));
        QCOMPARE(cliB.run({u"conflict"_s, u"list"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
    }

    void anUnreachableServerExitsWithFour()
    {
        TestStore a;
        CliRunner cli(a.path());
        const QString before = DatabaseSnapshot::take(a.store());
        const CliRun run = cli.run({u"sync"_s, u"--url"_s, u"postgresql://postgres@127.0.0.1:9/comptoir"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"cannot be reached"_s));
        QCOMPARE(DatabaseSnapshot::take(a.store()), before);
    }

    void aBadAddressIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing url") << QStringList{u"sync"_s} << u"--url"_s;
        QTest::newRow("malformed") << QStringList{u"sync"_s, u"--url"_s, u"postgres//nowhere"_s} << u"postgresql://"_s;
        QTest::newRow("password") << QStringList{u"sync"_s, u"--url"_s, u"postgresql://u:secret@host/db"_s} << u"password"_s;
        QTest::newRow("server init") << QStringList{u"server"_s, u"init"_s, u"--url"_s, u"http://host/db"_s} << u"postgresql://"_s;
        QTest::newRow("server upgrade") << QStringList{u"server"_s, u"upgrade"_s} << u"--url"_s;
    }

    void aBadAddressIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        TestStore a;
        CliRunner cli(a.path());
        const QString before = DatabaseSnapshot::take(a.store());
        const CliRun run = cli.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"secret"_s));
        QCOMPARE(DatabaseSnapshot::take(a.store()), before);
    }

    void aNewerServerIsRefusedWithAClearMessage()
    {
        const QString url = newServer(u"clinewer"_s);
        serverScalar(url, u"UPDATE comptoir.sync_meta SET value = '42' WHERE key = 'schema_version'"_s);
        TestStore a;
        CliRunner cli(a.path());
        const CliRun run = cli.run({u"sync"_s, u"--url"_s, url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"newer version of Comptoir"_s), qPrintable(run.err));
        const CliRun upgrade = cli.runBare({u"server"_s, u"upgrade"_s, u"--url"_s, url});
        QCOMPARE(upgrade.exitCode, 1);
        QVERIFY(upgrade.err.contains(u"left untouched"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
