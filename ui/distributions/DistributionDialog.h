#pragma once

#include "domain/DistributionPlan.h"

#include <QDate>
#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class FormErrors;
class Store;

// Creating a distribution, once or every N weeks until a date: the place, the hours, the
// catalogues taking part with the ordering rule for these dates (the catalogue's own unless
// changed here), and the list of dates to be created, each with a box to untick. Nothing is
// written until Create; a refusal shows each problem under its field and keeps what was typed.
class DistributionDialog : public QDialog {
    Q_OBJECT

public:
    DistributionDialog(Store &store, QDate date, QWidget *parent = nullptr);

    // The plan as the form stands (skipped dates included).
    DistributionPlan plan() const;

signals:
    void created(const QStringList &ids, QDate firstDate);

public slots:
    void accept() override;

private:
    void loadPlaces(const QString &selectId);
    void loadCatalogues();
    void chooseDefaults(QDate date);
    void newPlace();
    void refresh();
    void dateToggled(QListWidgetItem *item);
    void updateCreateButton();

    Store &m_store;
    QComboBox *m_place;
    QPushButton *m_newPlace;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QCheckBox *m_repeat;
    QSpinBox *m_weeks;
    QDateEdit *m_until;
    QTableWidget *m_catalogues;
    QListWidget *m_dates;
    QLabel *m_dateCount;
    QPushButton *m_create;
    FormErrors *m_errors;
    // Dates the person unticked, and dates with a clash they ticked anyway.
    QSet<QDate> m_unticked;
    QSet<QDate> m_tickedDespiteClash;
    bool m_refreshing = false;
};
