#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class ProductTableModel;
class UndoBar;
class Workspace;

// The Catalogues area: producers and their catalogues on the left, the chosen catalogue's rule
// and products on the right; creating and changing each, taking them out of use (and back, with
// Undo), importing and exporting a catalogue's products.
class CataloguesView : public QWidget {
    Q_OBJECT

public:
    explicit CataloguesView(Workspace &workspace, QWidget *parent = nullptr);

    // The area's actions for the window's menu, in order; a null entry stands for a separator.
    QList<QAction *> menuActions() const;
    QString currentProducerId() const;
    QString currentCatalogueId() const;
    // Shows this producer or catalogue in the tree (after a reload).
    void select(const QString &id);

public slots:
    void reload();
    void newProducer();
    void newCatalogue();
    void newProduct();
    void editSelected();
    void editProduct();
    void retireSelected();
    void importProducts();
    void exportProducts();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelection();
    void showProducts();
    void updateActions();
    void changed(const QString &selectId);
    QString selectedProductId() const;

    Workspace &m_workspace;
    QTreeWidget *m_tree;
    QLabel *m_details;
    QLineEdit *m_search;
    QCheckBox *m_showRetired;
    QTableView *m_products;
    ProductTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    UndoBar *m_undo;
    QAction *m_newProducer;
    QAction *m_newCatalogue;
    QAction *m_newProduct;
    QAction *m_edit;
    QAction *m_editProduct;
    QAction *m_retire;
    QAction *m_import;
    QAction *m_export;
    bool m_productsHaveFocus = false;
    bool m_producerMode = false; // the person acting is a producer
};
