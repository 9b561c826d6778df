#include "ProductDialog.h"

#include "common/Money.h"
#include "i18n/DomainWords.h"
#include "services/CatalogueService.h"
#include "store/Store.h"
#include "widgets/DisplayText.h"
#include "widgets/FormErrors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {
constexpr int CustomVat = -1;
const QList<Product::Unit> units{Product::Unit::Piece, Product::Unit::Kilogram, Product::Unit::Gram,
                                 Product::Unit::Litre, Product::Unit::Centilitre, Product::Unit::Millilitre};
}

ProductDialog::ProductDialog(Store &store, const Product &product, QWidget *parent)
    : RecordDialog(u"productDialog"_s, parent),
      m_store(store),
      m_product(product),
      m_name(new QLineEdit(product.name, this)),
      m_reference(new QLineEdit(product.reference, this)),
      m_description(new QPlainTextEdit(product.description, this)),
      m_unit(new QComboBox(this)),
      m_price(new QLineEdit(this)),
      m_priceUnit(new QLabel(this)),
      m_vat(new QComboBox(this)),
      m_customVat(new QDoubleSpinBox(this)),
      m_weightPriced(new QCheckBox(tr("Priced by &weight (“prix variable”): the amount follows the weighed quantity"), this)),
      m_byWeight(new QRadioButton(tr("ordered by wei&ght"), this)),
      m_byPiece(new QRadioButton(tr("ordered by the p&iece, about"), this)),
      m_pieceWeight(new QSpinBox(this)),
      m_content(new QLineEdit(this)),
      m_contentUnit(new QLabel(this)),
      m_organic(new QCheckBox(tr("O&rganic"), this)),
      m_bulk(new QCheckBox(tr("&Bulk"), this)),
      m_active(new QCheckBox(tr("A&ctive: offered at new distributions"), this))
{
    setWindowTitle(product.id.isEmpty() ? tr("New product") : tr("Product"));
    m_name->setObjectName(u"productName"_s);
    m_reference->setObjectName(u"productReference"_s);
    m_reference->setMaximumWidth(180);
    m_description->setObjectName(u"productDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    m_unit->setObjectName(u"productUnit"_s);
    for (const Product::Unit unit : units)
        m_unit->addItem(DomainWords::unit(unit), int(unit));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(product.unit))));
    m_price->setObjectName(u"productPrice"_s);
    m_price->setMaximumWidth(120);
    m_price->setPlaceholderText(tr("e.g. 3,50"));
    if (product.priceCents > 0)
        m_price->setText(QLocale().toString(product.priceCents / 100.0, 'f', 2));
    m_priceUnit->setObjectName(u"productPriceUnit"_s);
    m_vat->setObjectName(u"productVat"_s);
    for (const int rate : {550, 1000, 2000, 210, 0})
        m_vat->addItem(DisplayText::vatRate(rate), rate);
    m_vat->addItem(tr("Another rate…"), CustomVat);
    m_customVat->setObjectName(u"productCustomVat"_s);
    m_customVat->setRange(0, 30);
    m_customVat->setDecimals(2);
    m_customVat->setSingleStep(0.1);
    m_customVat->setSuffix(u"\u00a0%"_s);
    const int vatIndex = m_vat->findData(product.vatRateBasisPoints);
    m_vat->setCurrentIndex(vatIndex >= 0 ? vatIndex : m_vat->count() - 1);
    m_customVat->setValue(product.vatRateBasisPoints / 100.0);
    m_weightPriced->setObjectName(u"productWeightPriced"_s);
    m_weightPriced->setChecked(product.weightPriced);
    m_byWeight->setObjectName(u"productOrderedByWeight"_s);
    m_byPiece->setObjectName(u"productOrderedByPiece"_s);
    (product.weightPriced && product.pieceWeightGrams > 0 ? m_byPiece : m_byWeight)->setChecked(true);
    auto *orderedBy = new QButtonGroup(this);
    orderedBy->addButton(m_byWeight);
    orderedBy->addButton(m_byPiece);
    m_pieceWeight->setObjectName(u"productPieceWeight"_s);
    m_pieceWeight->setRange(1, 100'000);
    m_pieceWeight->setSuffix(tr(" g each"));
    m_pieceWeight->setValue(product.pieceWeightGrams > 0 ? product.pieceWeightGrams : 1000);
    m_content->setObjectName(u"productContent"_s);
    m_content->setMaximumWidth(120);
    m_content->setPlaceholderText(tr("e.g. 500"));
    if (product.contentThousandths > 0)
        m_content->setText(Decimal::formatThousandths(product.contentThousandths));
    m_organic->setObjectName(u"productOrganic"_s);
    m_organic->setChecked(product.organic);
    m_bulk->setObjectName(u"productBulk"_s);
    m_bulk->setChecked(product.bulk);
    m_active->setObjectName(u"productActive"_s);
    m_active->setChecked(product.active);

    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price);
    priceRow->addWidget(m_priceUnit);
    priceRow->addSpacing(16);
    auto *vatLabel = new QLabel(tr("&VAT:"), this);
    vatLabel->setBuddy(m_vat);
    priceRow->addWidget(vatLabel);
    priceRow->addWidget(m_vat);
    priceRow->addWidget(m_customVat);
    priceRow->addStretch(1);
    auto *priceLabel = new QLabel(tr("&Price incl. VAT:"), this);
    priceLabel->setBuddy(m_price);

    auto *weightRow = new QHBoxLayout;
    weightRow->setContentsMargins(24, 0, 0, 0);
    weightRow->addWidget(m_byWeight);
    weightRow->addSpacing(12);
    weightRow->addWidget(m_byPiece);
    weightRow->addWidget(m_pieceWeight);
    weightRow->addStretch(1);

    auto *contentRow = new QHBoxLayout;
    contentRow->addWidget(m_content);
    contentRow->addWidget(m_contentUnit);
    contentRow->addStretch(1);
    auto *contentLabel = new QLabel(tr("C&ontent per unit:"), this);
    contentLabel->setBuddy(m_content);

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_organic);
    flags->addWidget(m_bulk);
    flags->addStretch(1);

    form()->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(tr("&Name:"), m_name, {u"name"_s});
    addField(tr("R&eference:"), m_reference, {u"reference"_s});
    addField(tr("&Description:"), m_description, {u"description"_s});
    form()->addRow(tr("&Unit:"), m_unit);
    form()->addRow(priceLabel, priceRow);
    addErrors({u"priceCents"_s, u"vatRateBasisPoints"_s}, m_price);
    if (!product.id.isEmpty()) {
        auto *hint = new QLabel(tr("A new price applies to orders in progress; validated orders keep the price they "
                                   "were validated at."),
                                this);
        hint->setWordWrap(true);
        hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        hint->setStyleSheet(u"color: palette(dark);"_s);
        form()->addRow(QString(), hint);
    }
    form()->addRow(QString(), m_weightPriced);
    form()->addRow(QString(), weightRow);
    addErrors({u"weightPriced"_s, u"pieceWeightGrams"_s}, m_weightPriced);
    form()->addRow(contentLabel, contentRow);
    addErrors({u"contentThousandths"_s}, m_content);
    form()->addRow(QString(), flags);
    form()->addRow(QString(), m_active);

    connect(m_vat, &QComboBox::currentIndexChanged, this, &ProductDialog::updateVisibility);
    connect(m_weightPriced, &QCheckBox::toggled, this, &ProductDialog::updateVisibility);
    connect(m_byPiece, &QRadioButton::toggled, this, &ProductDialog::updateVisibility);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ProductDialog::updateVisibility);
    updateVisibility();
    finishLayout(620);
}

void ProductDialog::updateVisibility()
{
    const bool custom = m_vat->currentData().toInt() == CustomVat;
    m_customVat->setVisible(custom);
    const bool weightPriced = m_weightPriced->isChecked();
    m_byWeight->setEnabled(weightPriced);
    m_byPiece->setEnabled(weightPriced);
    m_pieceWeight->setEnabled(weightPriced && m_byPiece->isChecked());
    m_priceUnit->setText(weightPriced ? tr("€ per kg") : tr("€ per %1").arg(m_unit->currentText()));
    // A product priced by weight is sold by the kilogram; its content per unit says nothing.
    m_unit->setEnabled(!weightPriced);
    m_content->setEnabled(!weightPriced);
    if (weightPriced)
        m_unit->setCurrentIndex(m_unit->findData(int(Product::Unit::Kilogram)));
    m_contentUnit->setText(m_unit->currentText());
}

Product ProductDialog::formProduct(QList<FieldIssue> *issues) const
{
    Product product = m_product;
    product.name = m_name->text();
    product.reference = m_reference->text();
    product.description = m_description->toPlainText();
    product.unit = Product::Unit(m_unit->currentData().toInt());
    const QString priceText = m_price->text().trimmed();
    if (const auto cents = Money::parse(priceText))
        product.priceCents = *cents;
    else if (priceText.isEmpty())
        issues->append({u"priceCents"_s, tr("Enter the price including VAT, e.g. 3,50.")});
    else
        issues->append({u"priceCents"_s, tr("“%1” is not an amount in euros (e.g. 3,50).").arg(priceText)});
    const int vat = m_vat->currentData().toInt();
    product.vatRateBasisPoints = vat == CustomVat ? int(std::lround(m_customVat->value() * 100)) : vat;
    product.weightPriced = m_weightPriced->isChecked();
    product.pieceWeightGrams = product.weightPriced && m_byPiece->isChecked() ? m_pieceWeight->value() : 0;
    const QString contentText = m_content->text().trimmed();
    if (contentText.isEmpty() || product.weightPriced)
        product.contentThousandths = 0;
    else if (const auto content = Decimal::parseThousandths(contentText); content && *content >= 0)
        product.contentThousandths = *content;
    else
        issues->append({u"contentThousandths"_s,
                        tr("“%1” is not a quantity (e.g. 500, or 0,75 for 75 cl in litres).").arg(contentText)});
    product.organic = m_organic->isChecked();
    product.bulk = m_bulk->isChecked();
    product.active = m_active->isChecked();
    return product;
}

void ProductDialog::accept()
{
    QList<FieldIssue> issues;
    const Product product = formProduct(&issues);
    if (!issues.isEmpty()) {
        errors()->show(Error::validation(issues));
        return;
    }
    CatalogueService catalogues(m_store);
    save(product.id, [&] { return catalogues.addProduct(product); },
         [&] { return catalogues.updateProduct(product); });
}
