#include "OfferTableModel.h"

#include "common/Money.h"
#include "widgets/DisplayText.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

OfferTableModel::OfferTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OfferTableModel::setEntries(QList<OfferEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_changed.clear();
    endResetModel();
}

const OfferEntry *OfferTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QList<ProductOffer> OfferTableModel::changes() const
{
    QList<ProductOffer> changes;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (!m_changed.contains(row))
            continue;
        const OfferEntry &entry = m_entries.at(row);
        ProductOffer offer;
        offer.productId = entry.product.id;
        offer.excluded = entry.excluded;
        offer.stock = entry.stock;
        changes.append(offer);
    }
    return changes;
}

int OfferTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OfferTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OfferTableModel::quantityText(const Product &product, qint64 quantity)
{
    if (product.orderedByWeight())
        return tr("%1 kg").arg(Decimal::formatThousandths(quantity));
    return QLocale().toString(quantity);
}

QVariant OfferTableModel::data(const QModelIndex &index, int role) const
{
    const OfferEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    const Product &product = entry->product;
    if (role == Qt::CheckStateRole && index.column() == Offered)
        return entry->excluded ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Name: return product.active ? product.name : tr("%1 (inactive)").arg(product.name);
        case Catalogue: return entry->catalogueName;
        case Price:
            return DisplayText::price(product);
        case Stock:
            if (!entry->stock)
                return role == Qt::EditRole ? QString() : tr("no limit");
            return role == Qt::EditRole && product.orderedByWeight() ? Decimal::formatThousandths(*entry->stock)
                                                                     : quantityText(product, *entry->stock);
        case Ordered: return quantityText(product, entry->ordered);
        case Remaining:
            return entry->remaining() ? quantityText(product, *entry->remaining()) : QString();
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Remaining && entry->remaining() && *entry->remaining() < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (!entry->offered() || (index.column() == Stock && !entry->stock))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Price)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Stock)
        return product.orderedByWeight() ? tr("Stock for this distribution in kilograms; empty for no limit.")
                                         : tr("Stock for this distribution in pieces; empty for no limit.");
    return {};
}

bool OfferTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.row() < 0 || index.row() >= m_entries.size())
        return false;
    OfferEntry &entry = m_entries[index.row()];
    if (index.column() == Offered && role == Qt::CheckStateRole) {
        entry.excluded = value.toInt() != Qt::Checked;
    } else if (index.column() == Stock && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            entry.stock.reset();
        } else if (entry.product.orderedByWeight()) {
            const auto grams = Decimal::parseThousandths(QString(text).remove(u"kg"_s, Qt::CaseInsensitive));
            if (!grams || *grams < 0) {
                emit inputRefused(tr("“%1” is not a weight in kilograms (e.g. 12,5).").arg(text));
                return false;
            }
            entry.stock = *grams;
        } else {
            bool number = false;
            const qint64 pieces = QLocale().toLongLong(text, &number);
            const qint64 plain = number ? pieces : text.toLongLong(&number);
            if (!number || plain < 0) {
                emit inputRefused(tr("“%1” is not a number of pieces.").arg(text));
                return false;
            }
            entry.stock = plain;
        }
    } else {
        return false;
    }
    m_changed.insert(index.row());
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags OfferTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Offered)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == Stock)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OfferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Offered: return tr("On offer");
    case Name: return tr("Product");
    case Catalogue: return tr("Catalogue");
    case Price: return tr("Price");
    case Stock: return tr("Stock");
    case Ordered: return tr("Ordered");
    case Remaining: return tr("Left");
    }
    return {};
}
