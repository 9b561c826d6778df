#include "ProductTableModel.h"

#include "i18n/DomainWords.h"
#include "widgets/DisplayText.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProductTableModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

const Product *ProductTableModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    const Product *product = productAt(index.row());
    if (!product)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return product->name;
        case Reference: return product->reference;
        case Unit: return DomainWords::soldBy(*product);
        case Price: return DisplayText::price(*product);
        case Vat: return DisplayText::vatRate(product->vatRateBasisPoints);
        case Flags: {
            QStringList flags;
            if (product->weightPriced)
                flags.append(tr("variable price"));
            if (product->organic)
                flags.append(tr("organic"));
            if (product->bulk)
                flags.append(tr("bulk"));
            if (!product->active)
                flags.append(tr("inactive"));
            return flags.join(QStringLiteral(", "));
        }
        }
    }
    if (role == SearchRole)
        return QString(product->name + u' ' + product->reference);
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Vat))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !product->active)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Product");
    case Reference: return tr("Reference");
    case Unit: return tr("Sold by");
    case Price: return tr("Price incl. VAT");
    case Vat: return tr("VAT");
    case Flags: return tr("Labels");
    }
    return {};
}
