#pragma once

#include "domain/Catalogue.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimeEdit;
class Store;

// A catalogue: its producer, its name and its default ordering rule ("orders open 7 days before
// at 08:00 and close 48 hours before"), which new distributions start from.
class CatalogueDialog : public RecordDialog {
    Q_OBJECT

public:
    // An empty `catalogue` creates a new one (for its producerId when given).
    CatalogueDialog(Store &store, const Catalogue &catalogue, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Store &m_store;
    Catalogue m_catalogue;
    QComboBox *m_producer;
    QLineEdit *m_name;
    QSpinBox *m_opensDays;
    QTimeEdit *m_opensAt;
    QSpinBox *m_closesHours;
};
