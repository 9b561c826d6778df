#include "OrderListModel.h"

#include "OrderDisplay.h"
#include "common/PhoneNumber.h"
#include "i18n/DomainWords.h"
#include "widgets/DisplayText.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace {

QColor statusColor(Basket::Status status)
{
    switch (status) {
    case Basket::Status::InProgress: return QColor(0xfb, 0xe8, 0xc8);
    case Basket::Status::Validated: return QColor(0xd4, 0xef, 0xd6);
    case Basket::Status::Cancelled: return QColor(0xe6, 0xe6, 0xe6);
    }
    return {};
}

}

OrderListModel::OrderListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderListModel::setRows(QList<OrderRow> rows, const QString &currency, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = currency;
    m_zone = zone;
    endResetModel();
}

const OrderRow *OrderListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OrderListModel::rowOf(const QString &basketId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).basketId == basketId)
            return row;
    }
    return -1;
}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    const OrderRow *order = rowAt(index.row());
    if (!order)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Member: return order->memberName;
        case Phone: return PhoneNumber::display(order->phone);
        case Status: return DomainWords::basketStatus(order->status);
        case Source: return DomainWords::basketSource(order->source);
        case Lines: return order->lineCount;
        case Total: return OrderDisplay::money(order->totalCents, m_currency);
        case LastChange:
            return order->lastChangeAt.isValid() ? DomainWords::dayAndTime(order->lastChangeAt.toTimeZone(m_zone))
                                                 : QString();
        case ChangedBy: return order->lastChangeBy;
        case Late: return order->lateChangeCount > 0 ? tr("%n late", nullptr, order->lateChangeCount) : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Lines || index.column() == Total)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (index.column() == Status)
            return QBrush(statusColor(order->status));
        break;
    case Qt::ForegroundRole:
        if (order->status == Basket::Status::Cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Late)
            return QBrush(OrderDisplay::windowText(OrderingWindow::State::Closed));
        break;
    case Qt::FontRole:
        if (order->status == Basket::Status::Cancelled && index.column() == Total) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Late && order->lateChangeCount > 0)
            return tr("Changed after its catalogue closed: the producer’s summary may need it.");
        if (!order->email.isEmpty())
            return order->email;
        break;
    case BasketIdRole:
        return order->basketId;
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Lines || section == Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Member: return tr("Member");
    case Phone: return tr("Phone");
    case Status: return tr("Status");
    case Source: return tr("Source");
    case Lines: return tr("Lines");
    case Total: return tr("Total");
    case LastChange: return tr("Last change");
    case ChangedBy: return tr("By");
    case Late: return tr("Late");
    }
    return {};
}
