#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class CataloguesView;
class DatabaseFlow;
class DistributionsView;
class MembersView;
class OrdersView;
class Workspace;

// The desk: a navigation list of the areas (Members, Distributions, Catalogues) beside the
// area shown, the File and Help menus, and who works on which database in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Area { Members, Distributions, Catalogues };

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    DatabaseFlow &databaseFlow() { return *m_flow; }
    void showArea(Area area);
    Area currentArea() const;
    // The orders of a distribution (the next one when none is given), limited to one catalogue
    // when given, in their own window.
    void showOrders(const QString &distributionId = {}, const QString &catalogueId = {});

protected:
    // An order being typed is never lost: each open order dialog asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QAction *addAreaAction(const QString &objectName, const QString &text, const QKeySequence &shortcut, Area area);
    void rebuildRecentMenu();
    void updateTitleAndStatus();
    void showAbout();

    Workspace &m_workspace;
    DatabaseFlow *m_flow;
    QListWidget *m_navigation;
    QStackedWidget *m_areas;
    MembersView *m_members;
    DistributionsView *m_distributions;
    CataloguesView *m_catalogues;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusGroup;
    QLabel *m_statusUser;
    QLabel *m_statusFile;
    QPointer<OrdersView> m_orders;
};
