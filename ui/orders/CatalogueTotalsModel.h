#pragma once

#include "queries/DistributionOrdersQuery.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// What each catalogue's orders amount to in a distribution: validated and in progress (anonymous
// carts included), with a last row for all catalogues together.
class CatalogueTotalsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Catalogue, Producer, Ordering, Validated, ValidatedAmount, InProgress, InProgressAmount, ColumnCount };

    explicit CatalogueTotalsModel(QObject *parent = nullptr);

    void setCatalogues(QList<CatalogueOrders> catalogues, const QString &currency, const QDateTime &now,
                       const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CatalogueOrders> m_catalogues;
    CatalogueOrders m_all;
    QString m_currency;
    QDateTime m_now;
    QTimeZone m_zone;
};
