#pragma once

#include "queries/DistributionOverviewQuery.h"

#include <QAbstractTableModel>

// Distributions with their place, status, orders and amounts.
class DistributionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Hours, Place, Status, Validated, InProgress, AnonymousCarts, Amount, ColumnCount };

    explicit DistributionTableModel(QObject *parent = nullptr);

    void setOverviews(QList<DistributionOverview> overviews);
    const DistributionOverview *overviewAt(int row) const;
    // The first distribution on or after `date`, or -1.
    int firstRowFrom(QDate date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DistributionOverview> m_overviews;
};
