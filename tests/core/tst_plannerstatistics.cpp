#include "TestStore.h"
#include "demo/LargeGroup.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool hasStatistics(Store &store)
{
    Query query(store.database(), u"SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s);
    return query.exec() && query.next() && query.integer(0) > 0;
}

// The number of rows of `table` when it was last analysed; -1 without statistics.
qint64 analysedRows(Store &store, const QString &table)
{
    if (!hasStatistics(store))
        return -1;
    Query query(store.database(), u"SELECT max(CAST(stat AS INTEGER)) FROM sqlite_stat1 WHERE tbl = ?"_s);
    query.bind(table);
    if (!query.exec() || !query.next() || query.isNull(0))
        return -1;
    return query.integer(0);
}

bool setAnalysedRows(Store &store, const QString &table, qint64 count)
{
    Query query(store.database(), u"UPDATE sqlite_stat1 SET stat = ? WHERE tbl = ?"_s);
    query.bind(u"%1 1"_s.arg(count)).bind(table);
    return bool(query.exec());
}

qint64 rows(Store &store, const QString &table)
{
    Query query(store.database(), u"SELECT count(*) FROM "_s + table);
    return query.exec() && query.next() ? query.integer(0) : -1;
}

}

// SQLite plans joins from statistics that only ANALYZE gathers; the store gathers them when it
// opens a database that grew (PlannerStatistics), so that the large group is queried well.
class TestPlannerStatistics : public QObject {
    Q_OBJECT

private slots:
    void smallDatabasesAreLeftAlone()
    {
        TestStore test;
        test.reopen();
        QVERIFY(!hasStatistics(test.store()));
    }

    void aGrownDatabaseIsAnalysedWhenOpened()
    {
        TestStore test(false);
        QVERIFY(LargeGroup::create(test.store(), 1, LargeGroupScale::small()));
        QVERIFY(rows(test.store(), u"order_line"_s) > 1000);
        QVERIFY(!hasStatistics(test.store()));

        test.reopen();
        QVERIFY(hasStatistics(test.store()));
        // Every table, the small ones too (a join of analysed and unanalysed tables is planned badly).
        QVERIFY(analysedRows(test.store(), u"order_line"_s) > 0);
        QVERIFY(analysedRows(test.store(), u"basket"_s) > 0);
        QVERIFY(analysedRows(test.store(), u"distribution"_s) > 0);
        // The distribution list's totals no longer read every order line of the database.
        Query plan(test->database(), u"EXPLAIN QUERY PLAN SELECT basket.distribution_id, sum(line.quantity) "
                                     "FROM order_line line JOIN basket ON basket.id = line.basket_id "
                                     "JOIN distribution d ON d.id = basket.distribution_id "
                                     "WHERE line.deleted = 0 AND basket.deleted = 0 AND d.deleted = 0 "
                                     "AND d.local_date BETWEEN ? AND ? GROUP BY 1"_s);
        plan.bind(u"2026-11-01"_s).bind(u"2026-11-30"_s);
        QVERIFY(plan.exec() && plan.next());
        QVERIFY2(!plan.text(3).startsWith(u"SCAN line"_s), qPrintable(plan.text(3)));
    }

    void statisticsAreGatheredAgainWhenATableDoubled()
    {
        TestStore test(false);
        QVERIFY(LargeGroup::create(test.store(), 1, LargeGroupScale::small()));
        test.reopen();
        const qint64 lines = analysedRows(test.store(), u"order_line"_s);
        QVERIFY(lines > 0);
        // As if the table had been analysed when it held a tenth of its rows.
        QVERIFY(setAnalysedRows(test.store(), u"order_line"_s, lines / 10));
        test.reopen();
        QCOMPARE(analysedRows(test.store(), u"order_line"_s), lines);
        // Unchanged since: not analysed again.
        QVERIFY(setAnalysedRows(test.store(), u"order_line"_s, lines - 1));
        test.reopen();
        QCOMPARE(analysedRows(test.store(), u"order_line"_s), lines - 1);
    }

    void aDatabaseBusyWritingStillOpens()
    {
        TestStore test(false);
        QVERIFY(LargeGroup::create(test.store(), 1, LargeGroupScale::small()));
        {
            // Another program holds the write lock: the statistics wait for another opening.
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            other.setDatabaseName(test.path());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
            auto second = Store::open(test.path(), false);
            QVERIFY(second);
            QVERIFY(!hasStatistics(**second));
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            lock.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        test.reopen();
        QVERIFY(hasStatistics(test.store()));
    }
};

QTEST_GUILESS_MAIN(TestPlannerStatistics)
#include "tst_plannerstatistics.moc"
