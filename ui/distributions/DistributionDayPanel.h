#pragma once

#include "queries/DistributionOverviewQuery.h"

#include <QDate>
#include <QSet>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListWidget;
class QVBoxLayout;

// The day chosen in the calendar: its distributions (one line each, in its status colour) and,
// for the one selected, its orders, amounts and each catalogue's ordering window.
class DistributionDayPanel : public QWidget {
    Q_OBJECT

public:
    explicit DistributionDayPanel(QWidget *parent = nullptr);

    // `now` and `zone` tell each window's state and show its times on the group's clock.
    void showDay(QDate date, const QList<DistributionOverview> &overviews, const QDateTime &now, const QTimeZone &zone);
    // Selects the distribution with this id when it is shown.
    void select(const QString &distributionId);
    QDate date() const { return m_date; }
    // The selected distribution, or none.
    const DistributionOverview *current() const;
    // In producer mode only the windows of these catalogues (the producer's) are shown, and not
    // the orders and amounts of the whole distribution, which include other producers' lines.
    void limitToCatalogues(bool limited, const QSet<QString> &catalogueIds = {});
    // Buttons for the actions on the selected distribution.
    void addActions(const QList<QAction *> &actions);

signals:
    void currentChanged();

private:
    void showDetails();

    bool m_limited = false;
    QSet<QString> m_catalogueIds;
    QDate m_date;
    QList<DistributionOverview> m_overviews;
    QDateTime m_now;
    QTimeZone m_zone;
    QLabel *m_title;
    QListWidget *m_list;
    QLabel *m_details;
    QVBoxLayout *m_buttons;
};
