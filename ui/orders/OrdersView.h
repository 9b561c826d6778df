#pragma once

#include "queries/DistributionOrdersQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class CatalogueTotalsModel;
class OrderDialog;
class OrderListModel;
class Workspace;

// The orders of one distribution: every member's order (who, status, total, source, the last
// change and who made it), filtered by catalogue, status or name, with the totals of each
// catalogue; anonymous carts counted and totalled, never shown as people. "+ New order"
// (Ctrl+N) and Enter open the order dialog. A producer sees only their catalogues and the
// orders holding their products.
class OrdersView : public QWidget {
    Q_OBJECT

public:
    explicit OrdersView(Workspace &workspace, QWidget *parent = nullptr);

    // Shows a distribution's orders, limited to one catalogue when given (a producer's route).
    void showDistribution(const QString &distributionId, const QString &catalogueId = {});
    QString distributionId() const { return m_distributionId; }
    // The order dialog open from this view, if any.
    OrderDialog *openDialog() const;

public slots:
    void reload();
    void newOrder();
    void openSelected();
    void validateSelected();
    void cancelSelected();

private:
    void fillDistributions();
    void showRows();
    const OrderRow *selected() const;
    void openDialogOn(const QString &basketId);

    Workspace &m_workspace;
    QString m_distributionId;
    DistributionOrders m_orders;
    QComboBox *m_distribution;
    QLabel *m_title;
    QLabel *m_subtitle;
    QComboBox *m_catalogue;
    QComboBox *m_status;
    QLineEdit *m_search;
    QPushButton *m_new;
    QTableView *m_table;
    QLabel *m_anonymous;
    QTableView *m_totals;
    QPushButton *m_open;
    QPushButton *m_validate;
    QPushButton *m_cancel;
    OrderListModel *m_model;
    CatalogueTotalsModel *m_totalsModel;
};
