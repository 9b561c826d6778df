#include "ProductImportModel.h"

#include "common/Money.h"
#include "widgets/DisplayText.h"

#include <QColor>
#include <QFont>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString fieldNames(const QStringList &columns)
{
    QStringList shown;
    for (const QString &column : columns) {
        if (column == u"reference"_s)
            shown.append(ProductImportModel::tr("reference"));
        else if (column == u"description"_s)
            shown.append(ProductImportModel::tr("description"));
        else if (column == u"content_thousandths"_s)
            shown.append(ProductImportModel::tr("content per unit"));
        else
            shown.append(column);
    }
    return shown.join(u", "_s);
}

QString soldText(const Product &product)
{
    if (product.weightPriced && product.pieceWeightGrams > 0)
        return ProductImportModel::tr("by the piece (≈ %1 g)").arg(product.pieceWeightGrams);
    if (product.weightPriced)
        return ProductImportModel::tr("by weight");
    if (product.contentThousandths > 0)
        return Decimal::formatThousandths(product.contentThousandths) + u' ' + DisplayText::unit(product.unit);
    return DisplayText::unit(product.unit);
}

}

ProductImportModel::ProductImportModel(const ImportPlan<Product> &plan, QObject *parent)
    : QAbstractTableModel(parent), m_plan(plan)
{
    showOnly(std::nullopt);
}

void ProductImportModel::showOnly(std::optional<ImportRowKind> kind)
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        if (!kind || m_plan.rows.at(i).kind == *kind)
            m_shown.append(i);
    }
    endResetModel();
}

const ImportRow<Product> *ProductImportModel::rowAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_plan.rows.at(m_shown.at(row));
}

int ProductImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ProductImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductImportModel::data(const QModelIndex &index, int role) const
{
    const ImportRow<Product> *row = rowAt(index.row());
    if (!row)
        return {};
    const Product &product = row->record;
    const bool error = row->kind == ImportRowKind::Error;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line: return row->line;
        case Outcome:
            switch (row->kind) {
            case ImportRowKind::Create: return tr("New product");
            case ImportRowKind::Match: return tr("Already there");
            case ImportRowKind::Error: return tr("Error");
            }
            return {};
        case Name: return error ? QString() : product.name;
        case Reference: return error ? QString() : product.reference;
        case Price:
            if (error)
                return QString();
            return product.weightPriced ? tr("%1 / kg").arg(Money::format(product.priceCents))
                                        : Money::format(product.priceCents);
        case Sold: return error ? QString() : soldText(product);
        case Details:
            if (row->kind == ImportRowKind::Match) {
                const QString what = row->filledFields.isEmpty() ? tr("Nothing new.")
                                                                 : tr("Fills in: %1.").arg(fieldNames(row->filledFields));
                return row->reason.isEmpty() ? what : what + u' ' + row->reason;
            }
            return row->reason;
        }
    }
    if (role == Qt::BackgroundRole) {
        switch (row->kind) {
        case ImportRowKind::Create: return QColor(0xe8, 0xf3, 0xe1);
        case ImportRowKind::Match: return QColor(0xe6, 0xee, 0xf7);
        case ImportRowKind::Error: return QColor(0xfb, 0xe4, 0xe4);
        }
    }
    if (role == Qt::ForegroundRole)
        return QColor(Qt::black);
    if (role == Qt::FontRole && index.column() == Outcome) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == Price))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant ProductImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Outcome: return tr("Import");
    case Name: return tr("Product");
    case Reference: return tr("Reference");
    case Price: return tr("Price");
    case Sold: return tr("Sold");
    case Details: return tr("Details");
    }
    return {};
}
