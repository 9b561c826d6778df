#pragma once

#include "queries/DistributionOrdersQuery.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The members' orders of a distribution: who, phone, status, source, lines, total, last change
// and who made it, late changes. Anonymous carts are not rows here: they are counted apart.
class OrderListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Member, Phone, Status, Source, Lines, Total, LastChange, ChangedBy, Late, ColumnCount };
    enum Role { BasketIdRole = Qt::UserRole + 1 };

    explicit OrderListModel(QObject *parent = nullptr);

    void setRows(QList<OrderRow> rows, const QString &currency, const QTimeZone &zone);
    const OrderRow *rowAt(int row) const;
    int rowOf(const QString &basketId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrderRow> m_rows;
    QString m_currency;
    QTimeZone m_zone;
};
