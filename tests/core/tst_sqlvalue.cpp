#include "store/SqlValue.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// How the store writes and reads instants and dates. The form it writes is read without the
// general parser (lists read thousands of them); every other form still goes through it.
class TestSqlValue : public QObject {
    Q_OBJECT

private slots:
    void readsBackTheInstantsItWrites()
    {
        const QDateTime instant(QDate(2026, 11, 25), QTime(9, 5, 7, 42), QTimeZone::utc());
        const QVariant stored = SqlValue::instant(instant);
        QCOMPARE(stored.toString(), u"2026-11-25T09:05:07.042Z"_s);
        const QDateTime read = SqlValue::toInstant(stored);
        QCOMPARE(read, instant);
        QCOMPARE(read.timeSpec(), Qt::UTC);
        QCOMPARE(read.toMSecsSinceEpoch(), instant.toMSecsSinceEpoch());
        // A local time is stored as the same instant in UTC.
        const QDateTime paris(QDate(2026, 7, 1), QTime(18, 30), QTimeZone(QByteArrayLiteral("Europe/Paris")));
        QCOMPARE(SqlValue::toInstant(SqlValue::instant(paris)), paris);
    }

    void readsOtherIsoFormsThroughTheGeneralParser()
    {
        QCOMPARE(SqlValue::toInstant(u"2026-11-25T10:00:00+02:00"_s),
                 QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(SqlValue::toInstant(u"2026-11-25T10:00:00Z"_s),
                 QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()));
        // Without an offset: UTC.
        QCOMPARE(SqlValue::toInstant(u"2026-11-25T10:00:00.500"_s),
                 QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 500), QTimeZone::utc()));
    }

    void refusesWhatIsNotAnInstant()
    {
        QVERIFY(!SqlValue::toInstant(QVariant(QMetaType::fromType<QString>())).isValid());
        QVERIFY(!SqlValue::toInstant(u""_s).isValid());
        QVERIFY(!SqlValue::toInstant(u"2026-13-25T10:00:00.000Z"_s).isValid());
        QVERIFY(!SqlValue::toInstant(u"2026-11-25T25:00:00.000Z"_s).isValid());
        QVERIFY(!SqlValue::toInstant(u"2026-11-2xT10:00:00.000Z"_s).isValid());
        QVERIFY(!SqlValue::toInstant(u"not a date at all, 24 ch"_s).isValid());
    }

    void readsDates()
    {
        QCOMPARE(SqlValue::toDate(SqlValue::date(QDate(2024, 2, 29))), QDate(2024, 2, 29));
        QCOMPARE(SqlValue::toDate(u"2026-11-25"_s), QDate(2026, 11, 25));
        QVERIFY(!SqlValue::toDate(u"2026-02-30"_s).isValid());
        QVERIFY(!SqlValue::toDate(u"2026-1-5x"_s).isValid());
        QVERIFY(!SqlValue::toDate(QVariant(QMetaType::fromType<QString>())).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSqlValue)
#include "tst_sqlvalue.moc"
