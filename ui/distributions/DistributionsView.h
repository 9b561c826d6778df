#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

class QAction;
class QTabWidget;
class QTableView;
class DistributionCalendar;
class DistributionDayPanel;
class DistributionTableModel;
class UndoBar;
class Workspace;
struct DistributionOverview;

// The Distributions area: a month calendar (and a list with every distribution's orders and
// amounts) beside the day chosen, with the actions on its distributions: create one or a
// series, change it, its offer, cancel it, mark it handed out; and the places.
class DistributionsView : public QWidget {
    Q_OBJECT

public:
    explicit DistributionsView(Workspace &workspace, QWidget *parent = nullptr);

    DistributionCalendar *calendar() const { return m_calendar; }
    // The area's actions for the window's menu, in order; a null entry stands for a separator.
    QList<QAction *> menuActions() const;
    // Shows a day in the calendar and its distributions beside it.
    void showDate(QDate date);

signals:
    // The person wants to see or take the orders of this distribution.
    void ordersRequested(const QString &distributionId);

public slots:
    void reload();
    void showOrders();
    void newDistribution();
    void editDistribution();
    void editOffer();
    void cancelDistribution();
    void reinstateDistribution();
    void toggleDistributed();
    void managePlaces();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the list and the calendar (their orders and amounts are sums over every order line
    // of the months shown): done when the area is shown, not while another area is.
    void load();
    // Before an action on the area's distributions, from the menu while another area is shown.
    void loadIfStale();
    void loadProducerMode();
    void loadCalendar();
    void loadList();
    void showSelectedDay();
    void updateActions();
    void afterChange(const QString &distributionId);
    const DistributionOverview *current() const;
    QDate today();

    Workspace &m_workspace;
    DistributionCalendar *m_calendar;
    QTableView *m_table;
    DistributionTableModel *m_model;
    QTabWidget *m_tabs;
    DistributionDayPanel *m_day;
    UndoBar *m_undo;
    QAction *m_orders;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_offer;
    QAction *m_cancel;
    QAction *m_reinstate;
    QAction *m_distributed;
    QAction *m_places;
    bool m_firstShow = true;
    // The data changed (or was never read) since the list and the calendar were last loaded.
    bool m_stale = true;
    bool m_producerMode = false; // the person acting is a producer: coordinators' actions are off
};
