#include "TestServer.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The suite's own PostgreSQL server answers through Qt's QPSQL driver, as the sync engine will.
class TestPgServer : public QObject {
    Q_OBJECT

private slots:
    void serverOfTheRunIsReachable()
    {
        QVERIFY2(!TestServer::url().isEmpty(), "the pg_server_start fixture wrote no URL");
        {
            QSqlDatabase db = TestServer::connect(u"probe"_s);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT current_setting('server_version_num')::int"_s));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toInt() >= 150000);
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
    }

    void instantsRoundTripInUtc()
    {
        const QString name = TestServer::createDatabase(u"roundtrip"_s);
        {
            QSqlDatabase db = TestServer::connect(u"roundtrip"_s, name);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SET TIME ZONE 'UTC'"_s));
            QVERIFY(query.exec(u"CREATE TABLE t (at timestamptz)"_s));
            const QDateTime instant(QDate(2026, 3, 29), QTime(1, 30, 0, 123), QTimeZone::utc());
            QVERIFY(query.prepare(u"INSERT INTO t VALUES (?)"_s));
            query.addBindValue(instant);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"SELECT at FROM t"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toDateTime().toUTC(), instant);
        }
        QSqlDatabase::removeDatabase(u"roundtrip"_s);
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
