#include "DatabaseSnapshot.h"
#include "SyncTestSupport.h"
#include "TestStore.h"
#include "demo/DemoGroup.h"
#include "services/MemberService.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "sync/LocalKeys.h"
#include "sync/ServerConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace SyncTestSupport;

// The first sync of an existing database, a new desk joining, change capture, and the server
// schema's own rules.
class TestSyncBasics : public QObject {
    Q_OBJECT

private slots:
    void firstSyncUploadsAnExistingDatabaseAndANewDeskPullsItAll()
    {
        const QString url = newServer(u"first"_s);
        TestStore a(false);
        QVERIFY(DemoGroup::create(a.store(), 7));
        const int rows = count(a.store(), u"SELECT count(*) FROM order_line"_s);
        QVERIFY(rows > 100);

        auto up = sync(a.store(), url);
        QVERIFY2(up, qPrintable(up ? QString() : up.error().message() + u" / "_s + up.error().detail()));
        QVERIFY(up->pushed > rows);
        QCOMPARE(up->conflicts, 0);
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM comptoir.order_line"_s).toInt(), rows);
        // Nothing of the existing data went through the outbox.
        QCOMPARE(outboxSize(a.store()), 0);

        TestStore b(false);
        auto down = sync(b.store(), url);
        QVERIFY2(down, qPrintable(down ? QString() : down.error().message() + u" / "_s + down.error().detail()));
        QCOMPARE(down->pushed, 0);
        QVERIFY(down->pulled > rows);
        QCOMPARE(outboxSize(b.store()), 0);
        QCOMPARE(replicatedData(b.store()), replicatedData(a.store()));
        QVERIFY(!b->isEmpty());
        // Derived local columns are computed on the new desk too.
        QCOMPARE(count(b.store(), u"SELECT count(*) FROM member WHERE search_text = ''"_s), 0);
    }

    void changesAreCapturedOnlyOnceAttachedAndInTheSameTransaction()
    {
        const QString url = newServer(u"capture"_s);
        TestStore a;
        addMember(a.store(), u"Alice"_s, u"Martin"_s, u"0612345678"_s);
        QCOMPARE(outboxSize(a.store()), 0);
        QVERIFY(sync(a.store(), url));

        const QString id = addMember(a.store(), u"Bruno"_s, u"Petit"_s, u"0622345678"_s);
        // The member and its audit entry.
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM sync_outbox WHERE table_name = 'member' AND kind = 'insert'"_s), 1);
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM sync_outbox WHERE table_name = 'audit_entry'"_s), 1);

        auto member = MemberService(a.store()).find(id).value();
        member.notes = u"Apporte ses sacs"_s;
        QVERIFY(MemberService(a.store()).update(member));
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM sync_outbox WHERE row_id = '"_s + id + u"' AND kind = 'update'"_s), 1);
        {
            Query entry(a->database(), u"SELECT fields, old, base_revision FROM sync_outbox WHERE kind = 'update'"_s);
            QVERIFY(entry.exec() && entry.next());
            QCOMPARE(entry.text(0), u"{\"notes\":\"Apporte ses sacs\"}"_s);
            QCOMPARE(entry.text(1), u"{\"notes\":\"\"}"_s);
            QCOMPARE(entry.integer(2), 0);
        }

        // A write rolled back leaves no outbox entry either.
        const int before = outboxSize(a.store());
        {
            Transaction transaction(a->database());
            QVERIFY(a->writer().update(u"member"_s, id, {{u"town"_s, u"Rennes"_s}}));
            QCOMPARE(outboxSize(a.store()), before + 2);
        }
        QCOMPARE(outboxSize(a.store()), before);

        // A tombstone is captured as a delete.
        QVERIFY(inTransaction(a->database(), [&] { return a->writer().remove(u"member"_s, id); }));
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM sync_outbox WHERE row_id = '"_s + id + u"' AND kind = 'delete'"_s), 1);

        QVERIFY(sync(a.store(), url));
        QCOMPARE(outboxSize(a.store()), 0);
        QCOMPARE(serverScalar(url, u"SELECT deleted FROM comptoir.member WHERE id = '"_s + id + u"'"_s).toBool(), true);
    }

    void pulledRowsNeverEnterTheOutbox()
    {
        const QString url = newServer(u"nooutbox"_s);
        TestStore a;
        QVERIFY(sync(a.store(), url));
        TestStore b(false);
        QVERIFY(sync(b.store(), url));
        addMember(a.store(), u"Chloé"_s, u"Durand"_s, u"0632345678"_s);
        QVERIFY(sync(a.store(), url));
        auto pulled = sync(b.store(), url);
        QVERIFY(pulled);
        QVERIFY(pulled->pulled >= 2); // the member and its audit entry
        QCOMPARE(outboxSize(b.store()), 0);
        QCOMPARE(count(b.store(), u"SELECT count(*) FROM member WHERE last_name = 'Durand'"_s), 1);
        // Nothing pulled goes back up.
        auto again = sync(b.store(), url);
        QVERIFY(again);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(again->pulled, 0);
    }

    void anyWriterOnTheServerIsStampedAndReachesTheDesks()
    {
        const QString url = newServer(u"anywriter"_s);
        TestStore a;
        const QString id = addMember(a.store(), u"Hugo"_s, u"Blanc"_s, u"0662345678"_s);
        QVERIFY(sync(a.store(), url));
        const qint64 before = serverScalar(url, u"SELECT revision FROM comptoir.member WHERE id = '"_s + id + u"'"_s).toLongLong();
        // Someone with psql, not Comptoir: an update, and a copy of a row with its old stamps.
        serverScalar(url, u"UPDATE comptoir.member SET notes = 'written with psql' WHERE id = '"_s + id + u"'"_s);
        const QString copy = u"6c1b0a3e-0000-4000-8000-000000000001"_s;
        serverScalar(url, u"INSERT INTO comptoir.member SELECT '"_s + copy
                              + u"'::uuid, first_name, 'Copie', partner_first_name, partner_last_name, partner_phone, "
                                "partner_email, phone, email, address1, address2, postcode, town, notes, notifications, "
                                "member_since, archived, anonymised, revision, updated_at, updated_by, deleted, sync_xid, "
                                "sync_replica FROM comptoir.member WHERE id = '"_s
                              + id + u"'"_s);
        QVERIFY(serverScalar(url, u"SELECT revision FROM comptoir.member WHERE id = '"_s + id + u"'"_s).toLongLong() > before);
        QVERIFY(serverScalar(url, u"SELECT revision FROM comptoir.member WHERE id = '"_s + copy + u"'"_s).toLongLong() > before);

        QVERIFY(sync(a.store(), url));
        QCOMPARE(MemberService(a.store()).find(id).value().notes, u"written with psql"_s);
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM member WHERE id = '"_s + copy + u"'"_s), 1);
        QCOMPARE(outboxSize(a.store()), 0);
    }

    void listeningDesksHearOfEveryChangeWithoutItsData()
    {
        const QString url = newServer(u"notify"_s);
        TestStore a;
        QVERIFY(sync(a.store(), url));
        const QString name = u"listener"_s;
        {
            QSqlDatabase listener = SyncTestSupport::connect(name, url);
            QVERIFY(listener.driver()->subscribeToNotification(u"comptoir_changed"_s));
            QStringList payloads;
            connect(listener.driver(), &QSqlDriver::notification, this,
                    [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        payloads.append(payload.toString());
                    });
            addMember(a.store(), u"Inès"_s, u"Écoute"_s, u"0672345678"_s);
            QVERIFY(sync(a.store(), url));
            QTRY_VERIFY(!payloads.isEmpty());
            payloads.clear();
            serverScalar(url, u"UPDATE comptoir.member SET notes = 'psql' WHERE last_name = 'Écoute'"_s);
            QTRY_VERIFY(!payloads.isEmpty());
            for (const QString &payload : payloads)
                QVERIFY(payload.isEmpty());
        }
        QSqlDatabase::removeDatabase(name);
    }

    void instantsRoundTripThroughAServerInAnotherTimeZone()
    {
        const QString url = newServer(u"timezone"_s);
        const QString database = address(url).database();
        serverScalar(url, u"ALTER DATABASE "_s + database + u" SET timezone TO 'Pacific/Chatham'"_s);
        TestStore a;
        a->clock().setFixed(QDateTime(QDate(2026, 3, 29), QTime(1, 30, 0, 123), QTimeZone::utc()));
        const QString id = addMember(a.store(), u"Denis"_s, u"Leroy"_s, u"0642345678"_s);
        QVERIFY(sync(a.store(), url));
        TestStore b(false);
        QVERIFY(sync(b.store(), url));
        {
            Query stamp(b->database(), u"SELECT updated_at FROM member WHERE id = ?"_s);
            stamp.bind(id);
            QVERIFY(stamp.exec() && stamp.next());
            QCOMPARE(stamp.text(0), u"2026-03-29T01:30:00.123Z"_s);
        }
        QCOMPARE(replicatedData(b.store()), replicatedData(a.store()));
    }

    void everyReplicatedColumnExistsOnTheServer()
    {
        const QString url = newServer(u"columns"_s);
        auto connection = ServerConnection::open(address(url));
        QVERIFY(connection);
        ServerSchema schema(**connection);
        auto columns = schema.checkUsable();
        QVERIFY2(columns, qPrintable(columns ? QString() : columns.error().message()));
        for (const TableSchema &table : Schema::replicatedTables()) {
            QVERIFY2(columns->contains(table.name), qPrintable(u"no server table "_s + table.name));
            for (const QString &column : table.columns)
                QVERIFY2(columns->value(table.name).contains(column), qPrintable(table.name + u'.' + column));
        }
    }

    void naturalKeysOfTheServerAreTheLocalUniqueIndexes()
    {
        const QString url = newServer(u"keys"_s);
        TestStore a;
        LocalKeys keys(a->database());
        QSet<QString> local;
        for (const TableSchema &table : Schema::replicatedTables()) {
            for (const QStringList &key : keys.naturalKeys(table.name))
                local.insert(table.name + u':' + key.join(u','));
        }
        QSet<QString> server;
        const QString name = u"keys-check"_s;
        {
            QSqlDatabase db = SyncTestSupport::connect(name, url);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT table_name, array_to_string(columns, ',') FROM comptoir.sync_natural_key"_s));
            while (query.next())
                server.insert(query.value(0).toString() + u':' + query.value(1).toString());
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(server, local);
    }

    void aServerSetUpTwiceIsRefusedAndUpgradeHasNothingToDo()
    {
        const QString url = newServer(u"twice"_s);
        auto connection = ServerConnection::open(address(url));
        QVERIFY(connection);
        ServerSchema schema(**connection);
        const Status again = schema.initialise();
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), ErrorKind::Conflict);
        QVERIFY(again.error().message().contains(u"already"_s));
        auto upgraded = schema.upgrade();
        QVERIFY(upgraded);
        QCOMPARE(*upgraded, schema.latestVersion());
    }

    void upgradeAppliesTheMigrationsTheServerLacks()
    {
        // A program that knows one more migration than the server has.
        QTemporaryDir folder;
        QVERIFY(QFile::copy(u":/server/0001_comptoir.sql"_s, folder.filePath(u"0001_comptoir.sql"_s)));
        const QString url = newServer(u"upgrade"_s, false);
        auto connection = ServerConnection::open(address(url));
        QVERIFY(connection);
        QVERIFY(ServerSchema(**connection, folder.path()).initialise());
        QFile next(folder.filePath(u"0002_test_extra.sql"_s));
        QVERIFY(next.open(QIODevice::WriteOnly));
        next.write("ALTER TABLE comptoir.member ADD COLUMN test_extra text NOT NULL DEFAULT '';\n"
                   "CREATE FUNCTION comptoir.test_extra() RETURNS integer LANGUAGE sql AS $$ SELECT 2; $$;\n");
        next.close();

        ServerSchema newer(**connection, folder.path());
        QCOMPARE(newer.latestVersion(), 2);
        auto before = newer.upgrade();
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message() + before.error().detail()));
        QCOMPARE(*before, 1);
        QCOMPARE(newer.version().value(), 2);
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM comptoir.sync_column WHERE column_name = 'test_extra'"_s).toInt(), 1);
        QCOMPARE(newer.upgrade().value(), 2);

        // A broken migration leaves the server as it was.
        QFile broken(folder.filePath(u"0003_broken.sql"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("ALTER TABLE comptoir.member ADD COLUMN test_more text;\nTHIS IS NOT SQL;\n");
        broken.close();
        const Result<int> failed = ServerSchema(**connection, folder.path()).upgrade();
        QVERIFY(!failed);
        QVERIFY(failed.error().message().contains(u"0003_broken.sql"_s));
        QCOMPARE(newer.version().value(), 2);
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM information_schema.columns WHERE column_name = 'test_more'"_s).toInt(), 0);
    }

    void aNewerServerSchemaIsRefusedAndLeftUntouched()
    {
        const QString url = newServer(u"newer"_s);
        serverScalar(url, u"UPDATE comptoir.sync_meta SET value = '999' WHERE key = 'schema_version'"_s);
        TestStore a;
        const QString before = replicatedData(a.store());
        auto refused = sync(a.store(), url);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::Storage);
        QVERIFY2(refused.error().message().contains(u"newer version of Comptoir"_s), qPrintable(refused.error().message()));
        QVERIFY(refused.error().message().contains(u"999"_s));
        QCOMPARE(replicatedData(a.store()), before);
        QCOMPARE(count(a.store(), u"SELECT count(*) FROM sync_state"_s), 0);
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM comptoir.market_group"_s).toInt(), 0);

        auto connection = ServerConnection::open(address(url));
        QVERIFY(connection);
        auto upgrade = ServerSchema(**connection).upgrade();
        QVERIFY(!upgrade);
        QVERIFY(upgrade.error().message().contains(u"newer version of Comptoir"_s));
    }

    void aServerWithoutComptoirsSchemaIsNamedAsSuch()
    {
        const QString url = newServer(u"bare"_s, false);
        TestStore a;
        auto refused = sync(a.store(), url);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::NotFound);
        QVERIFY(refused.error().message().contains(u"server init"_s));
    }

    void aDatabaseOfAnotherGroupIsRefused()
    {
        const QString url = newServer(u"othergroup"_s);
        TestStore a;
        QVERIFY(sync(a.store(), url));
        TestStore other;
        addMember(other.store(), u"Eve"_s, u"Roux"_s, u"0652345678"_s);
        const QString before = replicatedData(other.store());
        auto refused = sync(other.store(), url);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::Conflict);
        QVERIFY(refused.error().message().contains(u"Test market"_s));
        QCOMPARE(replicatedData(other.store()), before);
        QCOMPARE(outboxSize(other.store()), 0);
        QCOMPARE(serverScalar(url, u"SELECT count(*) FROM comptoir.member"_s).toInt(), 0);
    }

    void aDeskSyncedWithOneServerIsRefusedByAnother()
    {
        const QString first = newServer(u"serverone"_s);
        const QString second = newServer(u"servertwo"_s);
        TestStore a;
        QVERIFY(sync(a.store(), first));
        auto refused = sync(a.store(), second);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::Conflict);
        QVERIFY(refused.error().message().contains(u"another server"_s));
    }

    void anUnreachableServerIsReportedAsSuch()
    {
        // A port nobody listens on: the probe fails at once.
        TestStore a;
        auto parsed = ServerAddress::parse(u"postgresql://postgres@127.0.0.1:9/comptoir"_s);
        QVERIFY(parsed);
        auto result = SyncEngine(a->path(), *parsed).run();
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), ErrorKind::Unreachable);
        QVERIFY(result.error().message().contains(u"cannot be reached"_s));
    }

    void aLoginTheServerRefusesChangesNothing()
    {
        const QString url = newServer(u"login"_s);
        QUrl other(url);
        other.setUserName(u"nobody_here"_s);
        TestStore a;
        const QString before = DatabaseSnapshot::take(a.store());
        auto refused = SyncEngine(a->path(), address(other.toString())).run();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::Storage);
        QVERIFY2(refused.error().message().contains(u"refused the connection"_s), qPrintable(refused.error().message()));
        QCOMPARE(DatabaseSnapshot::take(a.store()), before);
    }

    void malformedAddressesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"No server address"_s;
        QTest::newRow("scheme") << u"mysql://u@h/db"_s << u"postgresql://"_s;
        QTest::newRow("no host") << u"postgresql:///db"_s << u"no host"_s;
        QTest::newRow("no database") << u"postgresql://u@host:5432"_s << u"no database"_s;
        QTest::newRow("password") << u"postgresql://u:secret@host/db"_s << u"password"_s;
        QTest::newRow("password option") << u"postgresql://u@host/db?password=x"_s << u"password"_s;
        QTest::newRow("bad port") << u"postgresql://u@host:99999/db"_s << u"not a valid"_s;
        QTest::newRow("unknown option") << u"postgresql://u@host/db?foo=1"_s << u"unknown option"_s;
        QTest::newRow("garbage") << u"not a url at all"_s << u"postgresql://"_s;
    }

    void malformedAddressesAreRefusedWithAReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        auto parsed = ServerAddress::parse(url);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind(), ErrorKind::Validation);
        QVERIFY2(parsed.error().message().contains(reason), qPrintable(parsed.error().message()));
    }

    void aWellFormedAddressKeepsItsParts()
    {
        auto parsed = ServerAddress::parse(u"postgresql://coord@db.example.org:6543/marche"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->user(), u"coord"_s);
        QCOMPARE(parsed->host(), u"db.example.org"_s);
        QCOMPARE(parsed->port(), 6543);
        QCOMPARE(parsed->database(), u"marche"_s);
        // TLS is verified for every host but loopback.
        QVERIFY(parsed->connectOptions().contains(u"sslmode=verify-full"_s));
        auto loopback = ServerAddress::parse(u"postgresql://coord@127.0.0.1/marche"_s);
        QVERIFY(loopback);
        QCOMPARE(loopback->port(), 5432);
        QVERIFY(!loopback->connectOptions().contains(u"sslmode"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncBasics)
#include "tst_sync_basics.moc"
