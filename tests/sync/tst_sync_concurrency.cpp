#include "SyncTestSupport.h"
#include "TestStore.h"
#include "services/GroupService.h"
#include "services/MemberService.h"
#include "store/Query.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SyncTestSupport;

namespace {

QString tool()
{
    return QStringLiteral(SYNC_DESK_TOOL);
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Every write of a server row, counted by a trigger of the test's own: a change applied twice
// would show as two writes.
void countWrites(const QString &url, const QString &table)
{
    const QString name = u"count-writes"_s;
    {
        QSqlDatabase db = connect(name, url);
        exec(db, u"CREATE TABLE IF NOT EXISTS public.test_writes (table_name text, row_id uuid)"_s);
        exec(db, u"CREATE OR REPLACE FUNCTION public.count_write() RETURNS trigger LANGUAGE plpgsql AS "
                 "$$ BEGIN INSERT INTO public.test_writes VALUES (TG_TABLE_NAME, NEW.id); RETURN NULL; END $$"_s);
        exec(db, u"CREATE TRIGGER count_write AFTER INSERT OR UPDATE ON comptoir."_s + table
                     + u" FOR EACH ROW EXECUTE FUNCTION public.count_write()"_s);
    }
    QSqlDatabase::removeDatabase(name);
}

int writesOf(const QString &url, const QString &rowId)
{
    return serverScalar(url, u"SELECT count(*) FROM public.test_writes WHERE row_id = '"_s + rowId + u"'"_s).toInt();
}

QString memberIdByName(Store &store, const QString &lastName)
{
    Query query(store.database(), u"SELECT id FROM member WHERE last_name = ?"_s);
    query.bind(lastName);
    return query.exec() && query.next() ? query.text(0) : QString();
}

}

// What can go wrong between desks and the server at once: a transaction that commits late, two
// desks pushing while a third pulls, a push cut by the server, a desk killed in the middle of a
// push. Nothing may be lost, and nothing applied twice.
class TestSyncConcurrency : public QObject {
    Q_OBJECT

private slots:
    void aTransactionThatCommitsLateIsNeverSkipped()
    {
        const QString url = newServer(u"latecommit"_s);
        TestStore a;
        buildMarket(a.store());
        QVERIFY(sync(a.store(), url));
        TestStore b(false);
        QVERIFY(sync(b.store(), url));
        TestStore c(false);
        QVERIFY(sync(c.store(), url));

        // Any writer, not only Comptoir's push: a transaction takes its revision now and commits
        // at the end.
        const QString lateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString slowName = u"slow-writer"_s;
        {
            QSqlDatabase slow = SyncTestSupport::connect(slowName, url);
            QVERIFY(exec(slow, u"BEGIN"_s));
            QVERIFY(exec(slow, u"INSERT INTO comptoir.member (id, first_name, last_name, phone, updated_at, updated_by) "
                               "VALUES ('"_s + lateId + u"', 'Lena', 'Tardive', '+33600000001', now(), 'psql')"_s));

            // Meanwhile another desk pushes a member, committed at once with a higher revision.
            addMember(b.store(), u"Rapide"_s, u"Prompt"_s, u"0600000002"_s);
            QVERIFY(sync(b.store(), url));

            // A pull now stops below the open transaction: the quick member waits too, so that
            // the cursor cannot move past the late one.
            QVERIFY(sync(c.store(), url));
            QVERIFY(memberIdByName(c.store(), u"Prompt"_s).isEmpty());
            QVERIFY(memberIdByName(c.store(), u"Tardive"_s).isEmpty());

            QVERIFY(exec(slow, u"COMMIT"_s));
        }
        QSqlDatabase::removeDatabase(slowName);

        // A cursor on revisions alone would have moved past the late row for good.
        const qint64 lateRevision = serverScalar(url, u"SELECT revision FROM comptoir.member WHERE last_name = 'Tardive'"_s).toLongLong();
        const qint64 quickRevision = serverScalar(url, u"SELECT revision FROM comptoir.member WHERE last_name = 'Prompt'"_s).toLongLong();
        QVERIFY(lateRevision < quickRevision);

        QVERIFY(sync(c.store(), url));
        QCOMPARE(memberIdByName(c.store(), u"Tardive"_s), lateId);
        QVERIFY(!memberIdByName(c.store(), u"Prompt"_s).isEmpty());
        QVERIFY(syncUntilQuiet({&a.store(), &b.store(), &c.store()}, url));
        QCOMPARE(replicatedData(b.store()), replicatedData(a.store()));
        QCOMPARE(replicatedData(c.store()), replicatedData(a.store()));
    }

    void aChildBelowTheHorizonWhoseParentIsAboveItBringsItsParentAlong()
    {
        const QString url = newServer(u"parents"_s);
        TestStore a;
        buildMarket(a.store());
        QVERIFY(sync(a.store(), url));

        // Transaction ids taken in the order child < hold < parent; the parent commits first, the
        // child (which sees it) next, and `hold` stays open: the horizon falls between them.
        const QString placeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString distributionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QStringList names{u"child"_s, u"hold"_s, u"parent"_s};
        {
            QSqlDatabase child = SyncTestSupport::connect(names.at(0), url);
            QSqlDatabase hold = SyncTestSupport::connect(names.at(1), url);
            QSqlDatabase parent = SyncTestSupport::connect(names.at(2), url);
            for (QSqlDatabase *db : {&child, &hold, &parent}) {
                QVERIFY(exec(*db, u"BEGIN"_s));
                QVERIFY(exec(*db, u"SELECT pg_current_xact_id()"_s));
            }
            QVERIFY(exec(parent, u"INSERT INTO comptoir.place (id, name, updated_at) VALUES ('"_s + placeId
                                     + u"', 'Halle couverte', now())"_s));
            QVERIFY(exec(parent, u"COMMIT"_s));
            QVERIFY(exec(child, u"INSERT INTO comptoir.distribution (id, place_id, local_date, start_time, end_time, updated_at) "
                                "VALUES ('"_s + distributionId + u"', '"_s + placeId + u"', '2026-12-10', '17:00', '19:00', now())"_s));
            QVERIFY(exec(child, u"COMMIT"_s));

            TestStore joining(false);
            auto report = sync(joining.store(), url);
            QVERIFY2(report, qPrintable(report ? QString() : report.error().message() + u" / "_s + report.error().detail()));
            QCOMPARE(count(joining.store(), u"SELECT count(*) FROM distribution WHERE id = '"_s + distributionId + u"'"_s), 1);
            QCOMPARE(count(joining.store(), u"SELECT count(*) FROM place WHERE id = '"_s + placeId + u"'"_s), 1);

            QVERIFY(exec(hold, u"ROLLBACK"_s));
            QVERIFY(sync(joining.store(), url));
            QVERIFY(sync(a.store(), url));
            QCOMPARE(replicatedData(joining.store()), replicatedData(a.store()));
        }
        for (const QString &name : names)
            QSqlDatabase::removeDatabase(name);
    }

    void twoDesksPushingSlowlyAtOnceWhileAThirdPullsLoseNothing()
    {
        const QString url = newServer(u"concurrent"_s);
        TestStore a;
        buildMarket(a.store());
        QVERIFY(sync(a.store(), url));
        TestStore b(false);
        TestStore c(false);
        TestStore d(false);
        for (TestStore *desk : {&b, &c, &d})
            QVERIFY(sync(desk->store(), url));

        constexpr int rounds = 5;
        constexpr int perRound = 4;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Every push holds its server transaction open a while before and after committing, so
        // that the two desks' transactions interleave.
        environment.insert(u"COMPTOIR_SYNC_TEST_DELAY_MS"_s, u"120"_s);
        QProcess deskB;
        QProcess deskC;
        for (auto [process, store, prefix] : {std::tuple{&deskB, &b, u"deskB"_s}, std::tuple{&deskC, &c, u"deskC"_s}}) {
            process->setProcessEnvironment(environment);
            process->start(tool(), {store->path(), url, QString::number(rounds), QString::number(perRound), prefix});
            QVERIFY(process->waitForStarted());
        }
        // The third desk pulls all the while.
        int pulls = 0;
        while (deskB.state() != QProcess::NotRunning || deskC.state() != QProcess::NotRunning) {
            auto report = sync(d.store(), url);
            QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
            ++pulls;
            deskB.waitForFinished(20);
            deskC.waitForFinished(20);
        }
        QVERIFY(pulls > 1);
        for (QProcess *process : {&deskB, &deskC}) {
            QCOMPARE(process->state(), QProcess::NotRunning);
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
        }

        QVERIFY(syncUntilQuiet({&d.store(), &a.store(), &b.store(), &c.store()}, url));
        const int expected = 3 + 2 * rounds * perRound;
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM comptoir.member"_s).toInt(), expected);
        for (TestStore *desk : {&a, &b, &c, &d})
            QCOMPARE(count(desk->store(), u"SELECT count(*) FROM member"_s), expected);
        QCOMPARE(count(d.store(), u"SELECT count(*) FROM member WHERE notes LIKE 'followed by%'"_s),
                 2 * rounds * (perRound - 1));
        QCOMPARE(replicatedData(d.store()), replicatedData(a.store()));
        QCOMPARE(replicatedData(b.store()), replicatedData(a.store()));
        QCOMPARE(replicatedData(c.store()), replicatedData(a.store()));
    }

    void aPushCutByTheServerIsAppliedOnceWhenRetried()
    {
        const QString url = newServer(u"cutpush"_s);
        TestStore a;
        buildMarket(a.store());
        QVERIFY(sync(a.store(), url));
        countWrites(url, u"member"_s);

        const QString first = addMember(a.store(), u"Jean"_s, u"Coupé"_s, u"0600000011"_s);
        const QString second = addMember(a.store(), u"Jeanne"_s, u"Coupée"_s, u"0600000012"_s);
        Member changed = MemberService(a.store()).find(first).value();
        changed.notes = u"changed offline"_s;
        QVERIFY(MemberService(a.store()).update(changed));
        const int pending = outboxSize(a.store());
        QVERIFY(pending >= 3);

        // The push will wait for this lock in the middle of its transaction.
        const QString blockerName = u"blocker"_s;
        Result<SyncReport> cut = Error(ErrorKind::Storage, u"not run"_s);
        {
            QSqlDatabase blocker = SyncTestSupport::connect(blockerName, url);
            QVERIFY(exec(blocker, u"BEGIN"_s));
            QVERIFY(exec(blocker, u"LOCK TABLE comptoir.member IN EXCLUSIVE MODE"_s));

            // The engine opens its own connections in the thread that runs it.
            const QString path = a.path();
            const ServerAddress server = address(url);
            std::unique_ptr<QThread> thread(QThread::create([&cut, path, server] { cut = SyncEngine(path, server).run(); }));
            thread->start();

            QString pid;
            QDeadlineTimer deadline(30000);
            while (pid.isEmpty() && !deadline.hasExpired()) {
                QSqlQuery waiting(blocker);
                // Inside a transaction, the activity view is read once unless told to forget it.
                QVERIFY(waiting.exec(u"SELECT pg_stat_clear_snapshot()"_s));
                QVERIFY(waiting.exec(u"SELECT pid FROM pg_stat_activity WHERE application_name = 'comptoir-sync' "
                                     "AND wait_event_type = 'Lock' AND datname = current_database()"_s));
                if (waiting.next())
                    pid = waiting.value(0).toString();
                else
                    QThread::msleep(20);
            }
            QVERIFY2(!pid.isEmpty(), "the push never waited on the lock");
            QVERIFY(exec(blocker, u"SELECT pg_terminate_backend("_s + pid + u")"_s));
            QVERIFY(thread->wait(30000));
            QVERIFY(exec(blocker, u"ROLLBACK"_s));
        }
        QSqlDatabase::removeDatabase(blockerName);

        QVERIFY(!cut);
        QCOMPARE(cut.error().kind(), ErrorKind::Unreachable);
        QCOMPARE(outboxSize(a.store()), pending);
        QCOMPARE(writesOf(url, first), 0);

        auto retried = sync(a.store(), url);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message()));
        QCOMPARE(outboxSize(a.store()), 0);
        QCOMPARE(writesOf(url, first), 2);
        QCOMPARE(writesOf(url, second), 1);
        QCOMPARE(serverScalar(url, u"SELECT notes FROM comptoir.member WHERE id = '"_s + first + u"'"_s).toString(),
                 u"changed offline"_s);
    }

    void aDeskKilledInTheMiddleOfAPushAppliesEachChangeOnceWhenItSyncsAgain_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("firstUpload");
        QTest::newRow("upload, before the server commits") << u"push-before-commit"_s << true;
        QTest::newRow("upload, after the server committed") << u"push-after-commit"_s << true;
        QTest::newRow("outbox, before the server commits") << u"push-before-commit"_s << false;
        QTest::newRow("outbox, after the server committed") << u"push-after-commit"_s << false;
    }

    void aDeskKilledInTheMiddleOfAPushAppliesEachChangeOnceWhenItSyncsAgain()
    {
        QFETCH(QString, point);
        QFETCH(bool, firstUpload);
        const QString url = newServer(u"killed"_s);
        countWrites(url, u"member"_s);
        TestStore a;
        const Market market = buildMarket(a.store());
        QStringList created = market.memberIds;
        QString changedId;
        if (!firstUpload) {
            QVERIFY(sync(a.store(), url));
            created = {addMember(a.store(), u"Kim"_s, u"Tuée"_s, u"0600000021"_s),
                       addMember(a.store(), u"Kaï"_s, u"Relancé"_s, u"0600000022"_s)};
            Member changed = MemberService(a.store()).find(created.first()).value();
            changed.notes = u"before the crash"_s;
            QVERIFY(MemberService(a.store()).update(changed));
            changedId = changed.id;
        }

        QProcess desk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"COMPTOIR_SYNC_TEST_PAUSE"_s, point);
        desk.setProcessEnvironment(environment);
        desk.start(tool(), {a.path(), url});
        QVERIFY(desk.waitForStarted());
        QByteArray said;
        QDeadlineTimer deadline(60000);
        while (!said.contains("paused at") && !deadline.hasExpired()) {
            if (!desk.waitForReadyRead(1000) && desk.state() == QProcess::NotRunning)
                break;
            said += desk.readAllStandardError();
        }
        const QByteArray pausedLine = QByteArray("comptoir-sync paused at ").append(point.toUtf8());
        QVERIFY2(said.contains(pausedLine), said.constData());
        desk.kill();
        QVERIFY(desk.waitForFinished(10000));

        // The killed process's lock file does not stop the next sync.
        auto retried = sync(a.store(), url);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message() + u" / "_s + retried.error().detail()));
        QCOMPARE(outboxSize(a.store()), 0);
        for (const QString &id : created)
            QCOMPARE(writesOf(url, id), id == changedId ? 2 : 1);
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM comptoir.member"_s).toInt(), count(a.store(), u"SELECT count(*) FROM member"_s));

        TestStore b(false);
        QVERIFY(sync(b.store(), url));
        QVERIFY(sync(a.store(), url));
        QCOMPARE(replicatedData(b.store()), replicatedData(a.store()));
    }

    void changesMadeWhileAFirstUploadWasCutArriveOnceWithoutFalseConflicts()
    {
        const QString url = newServer(u"cutupload"_s);
        countWrites(url, u"member"_s);
        TestStore a;
        const Market market = buildMarket(a.store());

        // The first page (the group) is claimed and sent; the desk dies before the server commits.
        QProcess desk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"COMPTOIR_SYNC_TEST_PAUSE"_s, u"push-before-commit"_s);
        desk.setProcessEnvironment(environment);
        desk.start(tool(), {a.path(), url});
        QVERIFY(desk.waitForStarted());
        QByteArray said;
        QDeadlineTimer deadline(60000);
        while (!said.contains("paused at") && !deadline.hasExpired() && desk.state() != QProcess::NotRunning) {
            desk.waitForReadyRead(1000);
            said += desk.readAllStandardError();
        }
        QVERIFY2(said.contains("paused at"), said.constData());
        desk.kill();
        QVERIFY(desk.waitForFinished(10000));

        // Meanwhile the desk works on: a row of the claimed page (captured: it follows the page) and
        // a row not claimed yet (not captured: its page will carry it).
        GroupService groups(a.store());
        GroupSettings group = groups.group().value();
        group.name = u"Marché renommé"_s;
        QVERIFY(groups.updateGroup(group));
        group.name = u"Marché du soir"_s;
        QVERIFY(groups.updateGroup(group));
        Member member = MemberService(a.store()).find(market.memberIds.at(1)).value();
        member.notes = u"changed during the first upload"_s;
        QVERIFY(MemberService(a.store()).update(member));
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM sync_outbox WHERE table_name = 'market_group'"_s), 2);
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM sync_outbox WHERE table_name = 'member'"_s), 0);

        auto report = sync(a.store(), url);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message() + u" / "_s + report.error().detail()));
        QCOMPARE(report->conflicts, 0);
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM comptoir.sync_conflict"_s).toInt(), 0);
        // The page went again as it was when claimed, so both renamings replay without conflict.
        QCOMPARE(serverScalar(url, u"SELECT name FROM comptoir.market_group"_s).toString(), u"Marché du soir"_s);
        QCOMPARE(serverScalar(url, u"SELECT notes FROM comptoir.member WHERE id = '"_s + member.id + u"'"_s).toString(),
                 u"changed during the first upload"_s);
        for (const QString &id : market.memberIds)
            QCOMPARE(writesOf(url, id), 1);
        QCOMPARE(outboxSize(a.store()), 0);
        TestStore b(false);
        QVERIFY(sync(b.store(), url));
        QVERIFY(sync(a.store(), url));
        QCOMPARE(replicatedData(b.store()), replicatedData(a.store()));
    }

    void aSecondSyncOfTheSameDatabaseWaitsItsTurn()
    {
        const QString url = newServer(u"lock"_s);
        TestStore a;
        QVERIFY(sync(a.store(), url));
        addMember(a.store(), u"Léa"_s, u"Verrou"_s, u"0600000031"_s);
        QProcess desk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"COMPTOIR_SYNC_TEST_PAUSE"_s, u"push-after-commit"_s);
        desk.setProcessEnvironment(environment);
        desk.start(tool(), {a.path(), url});
        QVERIFY(desk.waitForStarted());
        QByteArray said;
        QDeadlineTimer deadline(60000);
        while (!said.contains("paused at") && !deadline.hasExpired() && desk.state() != QProcess::NotRunning) {
            desk.waitForReadyRead(1000);
            said += desk.readAllStandardError();
        }
        QVERIFY2(said.contains("paused at"), said.constData());
        auto refused = sync(a.store(), url);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::Conflict);
        QVERIFY2(refused.error().message().contains(u"Another sync"_s), qPrintable(refused.error().message()));
        desk.kill();
        QVERIFY(desk.waitForFinished(10000));
        QVERIFY(sync(a.store(), url));
    }
};

QTEST_GUILESS_MAIN(TestSyncConcurrency)
#include "tst_sync_concurrency.moc"
