#pragma once

#include "queries/DistributionOverviewQuery.h"

#include <QCalendarWidget>
#include <QHash>

// The month view: every day of the month in a grid, each distribution of a day drawn in it as
// a small label in its status colour ("17:30 Salle Paul-Garcin"). Arrows move from day to day,
// Page Up / Page Down from month to month; Enter or a double click opens the day.
class DistributionCalendar : public QCalendarWidget {
    Q_OBJECT

public:
    explicit DistributionCalendar(QWidget *parent = nullptr);

    // The distributions around the month shown (the view loads them when the page changes).
    void setOverviews(const QList<DistributionOverview> &overviews);
    QList<DistributionOverview> overviewsOn(QDate date) const { return m_byDate.value(date); }
    // The first and last dates the grid shows for the current page (six weeks).
    QDate firstShownDate() const;
    QDate lastShownDate() const;
    void setToday(QDate today);
    // A strong colour per status, drawn beside the soft one so that statuses tell apart at a glance.
    static QColor statusAccent(Distribution::Status status);

signals:
    // New distributions were given (the view read the weeks shown).
    void overviewsChanged();

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    QHash<QDate, QList<DistributionOverview>> m_byDate;
    QDate m_today;
};
