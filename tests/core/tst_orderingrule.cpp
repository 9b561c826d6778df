#include "domain/Distribution.h"
#include "domain/OrderingRule.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QTimeZone paris("Europe/Paris");

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
}

class TestOrderingRule : public QObject {
    Q_OBJECT

private slots:
    void closesOnTheWallClockAcrossSpringChange()
    {
        // Tuesday 31 March 2026 18:00 (summer time, UTC+2); the clocks went forward on Sunday
        // 29 March. "Closes 72 h before" is Saturday 28 March 18:00 on the wall, still winter
        // time (UTC+1): 17:00 UTC, not 16:00.
        OrderingRule rule;
        rule.closesHoursBefore = 72;
        QCOMPARE(rule.closesAt(QDate(2026, 3, 31), QTime(18, 0), paris), utc(2026, 3, 28, 17));
    }

    void closesOnTheWallClockAcrossAutumnChange()
    {
        // Tuesday 27 October 2026 18:00 (winter time, UTC+1); the clocks went back on Sunday
        // 25 October. 72 h before is Saturday 24 October 18:00 summer time: 16:00 UTC.
        OrderingRule rule;
        rule.closesHoursBefore = 72;
        QCOMPARE(rule.closesAt(QDate(2026, 10, 27), QTime(18, 0), paris), utc(2026, 10, 24, 16));
    }

    void fortyEightHoursBeforeAcrossSpringChange()
    {
        // Monday 30 March 2026 09:00 (UTC+2) closes Saturday 28 March 09:00 (UTC+1).
        OrderingRule rule;
        rule.closesHoursBefore = 48;
        QCOMPARE(rule.closesAt(QDate(2026, 3, 30), QTime(9, 0), paris), utc(2026, 3, 28, 8));
    }

    void opensOnTheLocalMorning()
    {
        OrderingRule rule;
        rule.opensDaysBefore = 7;
        rule.opensAtTime = QTime(8, 0);
        // Thursday 2 April 2026: opens Thursday 26 March 08:00 winter time = 07:00 UTC.
        QCOMPARE(rule.opensAt(QDate(2026, 4, 2), paris), utc(2026, 3, 26, 7));
        // Thursday 3 December 2026: opens 26 November 08:00 = 07:00 UTC.
        QCOMPARE(rule.opensAt(QDate(2026, 12, 3), paris), utc(2026, 11, 26, 7));
        // Thursday 9 July 2026: opens 2 July 08:00 summer time = 06:00 UTC.
        QCOMPARE(rule.opensAt(QDate(2026, 7, 9), paris), utc(2026, 7, 2, 6));
    }

    void aTimeInTheSpringGapMovesForward()
    {
        // 02:30 on 29 March 2026 does not exist in Paris; the wall clock shows 03:30 then.
        QCOMPARE(OrderingRule::wallClockToUtc(QDate(2026, 3, 29), QTime(2, 30), paris), utc(2026, 3, 29, 1, 30));
    }

    void windowStates()
    {
        OrderingWindow window;
        window.opensAt = utc(2026, 11, 19, 7);
        window.closesAt = utc(2026, 11, 24, 16);
        QCOMPARE(window.stateAt(utc(2026, 11, 19, 6, 59)), OrderingWindow::State::NotYetOpen);
        QCOMPARE(window.stateAt(utc(2026, 11, 19, 7)), OrderingWindow::State::Open);
        QCOMPARE(window.stateAt(utc(2026, 11, 24, 15, 59)), OrderingWindow::State::Open);
        QCOMPARE(window.stateAt(utc(2026, 11, 24, 16)), OrderingWindow::State::Closed);
    }

    void distributionStatusFollowsItsWindows()
    {
        Distribution distribution;
        OrderingWindow early{{}, {}, {}, utc(2026, 11, 19, 7), utc(2026, 11, 24, 16), {}};
        OrderingWindow late{{}, {}, {}, utc(2026, 11, 19, 7), utc(2026, 11, 25, 16), {}};
        const QList<OrderingWindow> windows{early, late};
        QCOMPARE(distribution.statusAt(utc(2026, 11, 18, 0), windows), Distribution::Status::Planned);
        QCOMPARE(distribution.statusAt(utc(2026, 11, 25, 10), windows), Distribution::Status::Open);
        QCOMPARE(distribution.statusAt(utc(2026, 11, 26, 0), windows), Distribution::Status::Closed);
        QCOMPARE(distribution.statusAt(utc(2026, 11, 18, 0), {}), Distribution::Status::Planned);
        distribution.distributed = true;
        QCOMPARE(distribution.statusAt(utc(2026, 11, 26, 0), windows), Distribution::Status::Distributed);
        distribution.cancelled = true;
        QCOMPARE(distribution.statusAt(utc(2026, 11, 26, 0), windows), Distribution::Status::Cancelled);
        QCOMPARE(Distribution::statusKey(Distribution::Status::Open), u"open"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrderingRule)
#include "tst_orderingrule.moc"
