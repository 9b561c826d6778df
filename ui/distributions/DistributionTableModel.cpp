#include "DistributionTableModel.h"

#include "common/Money.h"
#include "i18n/DomainWords.h"
#include "widgets/DisplayText.h"

#include <QBrush>

DistributionTableModel::DistributionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DistributionTableModel::setOverviews(QList<DistributionOverview> overviews)
{
    beginResetModel();
    m_overviews = std::move(overviews);
    endResetModel();
}

const DistributionOverview *DistributionTableModel::overviewAt(int row) const
{
    return row >= 0 && row < m_overviews.size() ? &m_overviews.at(row) : nullptr;
}

int DistributionTableModel::firstRowFrom(QDate date) const
{
    for (int row = 0; row < m_overviews.size(); ++row) {
        if (m_overviews.at(row).distribution.date >= date)
            return row;
    }
    return -1;
}

int DistributionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overviews.size());
}

int DistributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistributionTableModel::data(const QModelIndex &index, int role) const
{
    const DistributionOverview *overview = overviewAt(index.row());
    if (!overview)
        return {};
    const Distribution &distribution = overview->distribution;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return DisplayText::longDate(distribution.date);
        case Hours: return DisplayText::timeRange(distribution.startTime, distribution.endTime);
        case Place: return overview->placeName;
        case Status: return DomainWords::distributionStatus(overview->status);
        case Validated: return overview->validatedCount;
        case InProgress: return overview->inProgressCount;
        case AnonymousCarts: return overview->anonymousCartCount;
        case Amount: return Money::format(overview->validatedCents);
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Status)
        return QBrush(DisplayText::distributionStatusColor(overview->status));
    if (role == Qt::TextAlignmentRole && index.column() >= Validated)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AnonymousCarts)
        return tr("Carts started without an account: counted, never shown as people.");
    return {};
}

QVariant DistributionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Hours: return tr("Hours");
    case Place: return tr("Place");
    case Status: return tr("Status");
    case Validated: return tr("Validated");
    case InProgress: return tr("In progress");
    case AnonymousCarts: return tr("Anonymous carts");
    case Amount: return tr("Validated amount");
    }
    return {};
}
