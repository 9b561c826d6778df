#pragma once

#include "csv/ImportPlan.h"
#include "domain/Product.h"

#include <QDialog>

class QPushButton;
class QTabBar;
class QTableView;
class ProductImportModel;
class Store;

// The preview of a product import, before anything is written: how the file was read, what
// each row becomes (a new product, one already there, an error with its reason), and one button
// that imports the valid rows in a single transaction.
class ProductImportDialog : public QDialog {
    Q_OBJECT

public:
    ProductImportDialog(Store &store, const QString &catalogueId, const QString &catalogueName,
                        ImportPlan<Product> plan, const QString &fileName, QWidget *parent = nullptr);

signals:
    // The import was written; `summary` says what it did, for a person.
    void imported(const QString &summary);

public slots:
    bool import();

private:
    Store &m_store;
    QString m_catalogueId;
    ImportPlan<Product> m_plan;
    ProductImportModel *m_model;
    QTabBar *m_filter;
    QTableView *m_table;
    QPushButton *m_import;
};
