#pragma once

#include "domain/Product.h"

#include <QAbstractTableModel>

// The products of one catalogue.
class ProductTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Reference, Unit, Price, Vat, Flags, ColumnCount };
    // Name and reference together, for a search box.
    static constexpr int SearchRole = Qt::UserRole + 1;

    explicit ProductTableModel(QObject *parent = nullptr);

    void setProducts(QList<Product> products);
    const Product *productAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Product> m_products;
};
