#include "Distribution.h"

using namespace Qt::StringLiterals;

Distribution::Status Distribution::statusAt(const QDateTime &instant,
                                            const QList<OrderingWindow> &windows) const
{
    if (cancelled)
        return Status::Cancelled;
    if (distributed)
        return Status::Distributed;
    bool anyNotYetOpen = false;
    for (const OrderingWindow &window : windows) {
        switch (window.stateAt(instant)) {
        case OrderingWindow::State::Open:
            return Status::Open;
        case OrderingWindow::State::NotYetOpen:
            anyNotYetOpen = true;
            break;
        case OrderingWindow::State::Closed:
            break;
        }
    }
    if (windows.isEmpty() || anyNotYetOpen)
        return Status::Planned;
    return Status::Closed;
}

QString Distribution::statusKey(Status status)
{
    switch (status) {
    case Status::Planned: return u"planned"_s;
    case Status::Open: return u"open"_s;
    case Status::Closed: return u"closed"_s;
    case Status::Distributed: return u"distributed"_s;
    case Status::Cancelled: return u"cancelled"_s;
    }
    return {};
}
