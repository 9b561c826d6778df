#pragma once

#include "domain/Producer.h"
#include "widgets/RecordDialog.h"

class QLineEdit;
class QRadioButton;
class Store;

// A producer: name, contact person, phone, e-mail, SIRET, and whether their prices include VAT
// or they are exempt ("TVA non applicable, art. 293 B du CGI").
class ProducerDialog : public RecordDialog {
    Q_OBJECT

public:
    // An empty `producer` creates a new one.
    ProducerDialog(Store &store, const Producer &producer, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Store &m_store;
    Producer m_producer;
    QLineEdit *m_name;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_siret;
    QRadioButton *m_vatRegistered;
    QRadioButton *m_vatExempt;
};
