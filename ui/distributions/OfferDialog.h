#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class FormErrors;
class OfferTableModel;
class Store;

// What one distribution offers: every active product of the catalogues taking part, ticked;
// untick a product to leave it out of this distribution only, type a stock to limit it.
class OfferDialog : public QDialog {
    Q_OBJECT

public:
    OfferDialog(Store &store, const QString &distributionId, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Store &m_store;
    QString m_distributionId;
    QLineEdit *m_filter;
    QTableView *m_table;
    OfferTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_message;
    FormErrors *m_errors;
};
