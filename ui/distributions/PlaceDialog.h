#pragma once

#include "domain/Place.h"
#include "widgets/RecordDialog.h"

class QLineEdit;
class Store;

// A pick-up place: its name and address. Saves through CalendarService; a refusal shows each
// problem under its field and keeps what was typed.
class PlaceDialog : public RecordDialog {
    Q_OBJECT

public:
    // An empty `place` creates a new one.
    PlaceDialog(Store &store, const Place &place, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Store &m_store;
    Place m_place;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_postcode;
    QLineEdit *m_town;
};
