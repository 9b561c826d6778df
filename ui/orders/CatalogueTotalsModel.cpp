#include "CatalogueTotalsModel.h"

#include "OrderDisplay.h"
#include "i18n/DomainWords.h"
#include "widgets/DisplayText.h"

#include <QBrush>
#include <QFont>

CatalogueTotalsModel::CatalogueTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogueTotalsModel::setCatalogues(QList<CatalogueOrders> catalogues, const QString &currency,
                                         const QDateTime &now, const QTimeZone &zone)
{
    beginResetModel();
    m_catalogues = std::move(catalogues);
    m_currency = currency;
    m_now = now;
    m_zone = zone;
    m_all = {};
    m_all.name = tr("All catalogues");
    for (const CatalogueOrders &catalogue : m_catalogues) {
        m_all.validatedCents += catalogue.validatedCents;
        m_all.inProgressCents += catalogue.inProgressCents;
    }
    endResetModel();
}

int CatalogueTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_catalogues.isEmpty() ? 0 : int(m_catalogues.size()) + 1;
}

int CatalogueTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_catalogues.size())
        return {};
    const bool all = index.row() == m_catalogues.size();
    const CatalogueOrders &catalogue = all ? m_all : m_catalogues.at(index.row());
    OrderingWindow window;
    window.closesAt = catalogue.closesAt;
    window.opensAt = QDateTime::fromSecsSinceEpoch(0);
    const OrderingWindow::State state = window.stateAt(m_now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Catalogue: return catalogue.name;
        case Producer: return catalogue.producerName;
        case Ordering:
            if (all)
                return QString();
            return state == OrderingWindow::State::Closed
                ? tr("closed since %1").arg(DomainWords::dayAndTime(catalogue.closesAt.toTimeZone(m_zone)))
                : tr("closes %1").arg(DomainWords::dayAndTime(catalogue.closesAt.toTimeZone(m_zone)));
        case Validated: return all ? QVariant() : QVariant(catalogue.validatedCount);
        case ValidatedAmount: return OrderDisplay::money(catalogue.validatedCents, m_currency);
        case InProgress: return all ? QVariant() : QVariant(catalogue.inProgressCount);
        case InProgressAmount: return OrderDisplay::money(catalogue.inProgressCents, m_currency);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Validated)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (all) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Ordering && !all)
            return QBrush(OrderDisplay::windowText(state));
        break;
    }
    return {};
}

QVariant CatalogueTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= Validated ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Catalogue: return tr("Catalogue");
    case Producer: return tr("Producer");
    case Ordering: return tr("Ordering");
    case Validated: return tr("Validated");
    case ValidatedAmount: return tr("Validated amount");
    case InProgress: return tr("In progress");
    case InProgressAmount: return tr("In progress amount");
    }
    return {};
}
