#pragma once

#include "csv/ImportPlan.h"
#include "domain/Product.h"

#include <QAbstractTableModel>
#include <optional>

// The rows of a product import plan, as the preview lists them: line, what will happen, the
// product, and why (the reason of an error, what a matching row fills in). Can show one kind.
class ProductImportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Outcome, Name, Reference, Price, Sold, Details, ColumnCount };

    explicit ProductImportModel(const ImportPlan<Product> &plan, QObject *parent = nullptr);

    void showOnly(std::optional<ImportRowKind> kind);
    const ImportRow<Product> *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ImportPlan<Product> &m_plan;
    QList<int> m_shown;
};
