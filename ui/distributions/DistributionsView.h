#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class DistributionTableModel;
class Workspace;

// The Distributions area: past and coming distributions, the next one in view.
class DistributionsView : public QWidget {
    Q_OBJECT

public:
    explicit DistributionsView(Workspace &workspace, QWidget *parent = nullptr);

public slots:
    void reload();

private:
    void showSelection();

    Workspace &m_workspace;
    QTableView *m_table;
    QLabel *m_details;
    DistributionTableModel *m_model;
};
