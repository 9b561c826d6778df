#pragma once

#include "common/Error.h"
#include "domain/Product.h"
#include "widgets/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class Store;

// A product of a catalogue: name, reference, unit, price including VAT typed in euros ("3,50"),
// VAT rate (5,5 %, 10 %, 20 % or another), priced by weight or not ("prix variable": a price per
// kg, ordered by weight or by the piece with an estimated weight), organic, bulk, content per unit
// (a 500 g jar), active. A refusal shows each problem under its field and keeps what was typed.
class ProductDialog : public RecordDialog {
    Q_OBJECT

public:
    // An empty `product` (with its catalogueId) creates a new one.
    ProductDialog(Store &store, const Product &product, QWidget *parent = nullptr);

    // The product as the form stands; problems of typing (a price that is not an amount…) are
    // added to `issues`.
    Product formProduct(QList<FieldIssue> *issues) const;

public slots:
    void accept() override;

private:
    void updateVisibility();

    Store &m_store;
    Product m_product;
    QLineEdit *m_name;
    QLineEdit *m_reference;
    QPlainTextEdit *m_description;
    QComboBox *m_unit;
    QLineEdit *m_price;
    QLabel *m_priceUnit;
    QComboBox *m_vat;
    QDoubleSpinBox *m_customVat;
    QCheckBox *m_weightPriced;
    QRadioButton *m_byWeight;
    QRadioButton *m_byPiece;
    QSpinBox *m_pieceWeight;
    QLineEdit *m_content;
    QLabel *m_contentUnit;
    QCheckBox *m_organic;
    QCheckBox *m_bulk;
    QCheckBox *m_active;
};
