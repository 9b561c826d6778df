#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTreeWidget;
class ProductTableModel;
class Workspace;

// The Catalogues area: producers and their catalogues on the left, the products on the right.
class CataloguesView : public QWidget {
    Q_OBJECT

public:
    explicit CataloguesView(Workspace &workspace, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    void showSelection();

    Workspace &m_workspace;
    QTreeWidget *m_tree;
    QLabel *m_details;
    QTableView *m_products;
    ProductTableModel *m_model;
};
