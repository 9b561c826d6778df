#include "OrderLinesModel.h"

#include "OrderDisplay.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

OrderLinesModel::OrderLinesModel(OrderDraft &draft, QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent), m_draft(draft), m_zone(std::move(zone))
{
}

void OrderLinesModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (rowCount() > 0)
        emit dataChanged(index(0, WindowColumn), index(rowCount() - 1, WindowColumn));
}

void OrderLinesModel::reload()
{
    beginResetModel();
    endResetModel();
    emit linesChanged();
}

void OrderLinesModel::insertLine(qsizetype row, const DraftLine &line)
{
    row = std::clamp<qsizetype>(row, 0, m_draft.lines().size());
    beginInsertRows({}, int(row), int(row));
    m_draft.insertLine(row, line);
    endInsertRows();
    emit linesChanged();
}

void OrderLinesModel::replaceLine(qsizetype row, const DraftLine &line)
{
    if (row < 0 || row >= m_draft.lines().size())
        return;
    m_draft.replaceLine(row, line);
    emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    emit linesChanged();
}

void OrderLinesModel::removeLine(qsizetype row)
{
    if (row < 0 || row >= m_draft.lines().size())
        return;
    beginRemoveRows({}, int(row), int(row));
    m_draft.removeLine(row);
    endRemoveRows();
    emit linesChanged();
}

QString OrderLinesModel::productIdAt(int row) const
{
    return row >= 0 && row < m_draft.lines().size() ? m_draft.lines().at(row).productId : QString();
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft.lines().size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_draft.lines().size())
        return {};
    const DraftLine &line = m_draft.lines().at(index.row());
    const OfferedProduct *offered = m_draft.offer().product(line.productId);
    if (!offered)
        return {};
    const Product &product = offered->product;
    const OfferedCatalogue &catalogue = m_draft.offer().catalogueOf(*offered);
    const OrderingWindow::State state = catalogue.window.stateAt(m_now);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn: return OrderDisplay::productLabel(product);
        case WindowColumn: return QString(catalogue.name + u"\n"_s + OrderDisplay::window(catalogue.window, m_now, m_zone));
        case QuantityColumn: return QuantityText::display(product, line.quantity);
        case UnitPriceColumn:
            return OrderDisplay::unitPrice(product, m_draft.unitPrice(line), m_draft.offer().currency);
        case VatColumn: return OrderDisplay::vat(product, catalogue.vatRegistered);
        case AmountColumn: return OrderDisplay::money(m_draft.amount(line), m_draft.offer().currency);
        }
        break;
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return QuantityText::editText(product, line.quantity);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= QuantityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == WindowColumn)
            return QBrush(OrderDisplay::windowText(state));
        break;
    case Qt::BackgroundRole:
        if (index.column() == WindowColumn && state == OrderingWindow::State::Closed)
            return QBrush(OrderDisplay::windowBackground(state));
        break;
    case Qt::ToolTipRole:
        if (index.column() == QuantityColumn)
            return tr("Type a new quantity (%1) and press Enter.").arg(QuantityText::hint(product));
        if (index.column() == AmountColumn && product.weightPriced)
            return tr("An estimate until the product is weighed on the day.");
        if (index.column() == WindowColumn && state == OrderingWindow::State::Closed)
            return tr("Ordering for this catalogue has closed: changes are recorded as late changes.");
        break;
    case ProductIdRole:
        return line.productId;
    case LateRole:
        return state == OrderingWindow::State::Closed;
    }
    return {};
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= QuantityColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn: return tr("Product");
    case WindowColumn: return tr("Catalogue · ordering");
    case QuantityColumn: return tr("Quantity");
    case UnitPriceColumn: return tr("Unit price");
    case VatColumn: return tr("VAT");
    case AmountColumn: return tr("Amount");
    }
    return {};
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == QuantityColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn || index.row() >= m_draft.lines().size())
        return false;
    // Applied (or refused) by the dialog through its undo stack.
    emit quantityEntered(m_draft.lines().at(index.row()).productId, value.toString());
    return false;
}
