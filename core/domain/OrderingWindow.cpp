#include "OrderingWindow.h"

OrderingWindow::State OrderingWindow::stateAt(const QDateTime &instant) const
{
    if (instant < opensAt)
        return State::NotYetOpen;
    if (instant < closesAt)
        return State::Open;
    return State::Closed;
}
