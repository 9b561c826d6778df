#pragma once

#include "domain/Distribution.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QTableWidget;
class QTimeEdit;
class FormErrors;
class Store;

// Changing one distribution: its date, hours and place, the catalogues taking part and each
// one's ordering window for this distribution only. When the date or hours change, the windows
// move with them on the wall clock. A distribution with orders is moved only after the person
// saw which members it concerns and said yes.
class DistributionEditDialog : public QDialog {
    Q_OBJECT

public:
    DistributionEditDialog(Store &store, const QString &distributionId, QWidget *parent = nullptr);

signals:
    void saved(const QString &distributionId, QDate date);

public slots:
    void accept() override;
    // Every ticked catalogue's window as its rule gives it for the date and hours in the form.
    void resetWindowsToRules();

private:
    void loadPlaces();
    void loadCatalogues();
    void scheduleChanged();
    void catalogueToggled(int row);
    Distribution formDistribution() const;
    QList<OrderingWindow> formWindows() const;
    QDateTimeEdit *windowEdit(int row, int column) const;
    // The wall-clock reading of an instant on the group's clock, and back.
    QDateTime reading(const QDateTime &instant) const;
    QDateTime instant(const QDateTime &reading) const;

    Store &m_store;
    Distribution m_distribution;
    QTimeZone m_zone;
    QDateTime m_wallStart; // the date and start time the windows were last placed for
    QComboBox *m_place;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QTableWidget *m_catalogues;
    FormErrors *m_errors;
};
