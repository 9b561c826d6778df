#include "LineEntry.h"

#include "OrderDisplay.h"
#include "SearchCompleter.h"
#include "common/Clock.h"
#include "orders/OrderDraft.h"

#include <QFocusEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

LineEntry::LineEntry(QWidget *parent)
    : QWidget(parent),
      m_product(new QLineEdit(this)),
      m_search(nullptr),
      m_quantity(new QLineEdit(this)),
      m_hint(new QLabel(this)),
      m_add(new QPushButton(tr("Add ⏎"), this)),
      m_info(new QLabel(this))
{
    m_product->setObjectName(u"productField"_s);
    m_product->setPlaceholderText(tr("Product name or reference"));
    m_search = new SearchCompleter(m_product);
    m_quantity->setObjectName(u"quantityField"_s);
    m_quantity->setPlaceholderText(tr("Quantity"));
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantity->setMaximumWidth(130);
    m_hint->setObjectName(u"unitHint"_s);
    m_hint->setMinimumWidth(150);
    m_add->setObjectName(u"addLineButton"_s);
    m_add->setAutoDefault(false);
    m_info->setObjectName(u"productInfo"_s);
    m_info->setStyleSheet(u"color: palette(placeholder-text);"_s);

    auto *label = new QLabel(tr("&Product"), this);
    label->setBuddy(m_product);
    label->setMinimumWidth(80);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_product, 0, 1);
    grid->addWidget(m_quantity, 0, 2);
    grid->addWidget(m_hint, 0, 3);
    grid->addWidget(m_add, 0, 4);
    grid->addWidget(m_info, 1, 1, 1, 4);
    grid->setColumnStretch(1, 1);
    setTabOrder(m_product, m_quantity);

    m_product->installEventFilter(this);
    connect(m_search, &SearchCompleter::typed, this, &LineEntry::search);
    connect(m_search, &SearchCompleter::picked, this, &LineEntry::choose);
    connect(m_product, &QLineEdit::returnPressed, this, [this] {
        if (const OfferedProduct *product = productTyped())
            choose(product->product.id);
    });
    connect(m_quantity, &QLineEdit::returnPressed, this, &LineEntry::add);
    connect(m_add, &QPushButton::clicked, this, &LineEntry::add);
}

void LineEntry::setDraft(const OrderDraft &draft, const Clock &clock, const QTimeZone &zone)
{
    m_draft = &draft;
    m_clock = &clock;
    m_zone = zone;
}

void LineEntry::restart()
{
    // setText, not clear(): the fields' own undo history goes too, so Ctrl+Z undoes lines.
    m_product->setText(QString());
    m_quantity->setText(QString());
    m_chosenId.clear();
    m_hint->clear();
    m_info->clear();
    m_search->hide();
    m_product->setFocus();
}

void LineEntry::retryQuantity()
{
    m_quantity->setFocus();
    m_quantity->selectAll();
}

void LineEntry::search(const QString &text)
{
    m_chosenId.clear();
    m_info->clear();
    if (!m_draft || text.trimmed().isEmpty()) {
        m_search->hide();
        return;
    }
    const OrderEntryOffer &offer = m_draft->offer();
    const QDateTime now = m_clock->now();
    QList<CompletionListModel::Item> items;
    for (const OfferedProduct *product : offer.find(text, 30)) {
        const OfferedCatalogue &catalogue = offer.catalogueOf(*product);
        QStringList detail{OrderDisplay::unitPrice(product->product, product->product.priceCents, offer.currency)};
        if (const auto left = m_draft->available(product->product.id))
            detail.append(tr("%1 left").arg(QuantityText::display(product->product,
                                                                   QuantityText::withDefaultWeight(product->product, *left))));
        detail.append(catalogue.name);
        if (catalogue.window.stateAt(now) == OrderingWindow::State::Closed)
            detail.append(tr("closed"));
        items.append({product->product.id, OrderDisplay::productLabel(product->product), detail.join(u"  ·  "_s),
                      product->product.name});
    }
    m_search->show(items);
}

void LineEntry::choose(const QString &productId)
{
    const OfferedProduct *product = m_draft ? m_draft->offer().product(productId) : nullptr;
    if (!product)
        return;
    m_chosenId = productId;
    if (m_product->text() != product->product.name)
        m_product->setText(product->product.name);
    m_hint->setText(QuantityText::hint(product->product));
    const OrderEntryOffer &offer = m_draft->offer();
    const OfferedCatalogue &catalogue = offer.catalogueOf(*product);
    QStringList info{OrderDisplay::unitPrice(product->product, product->product.priceCents, offer.currency),
                     tr("VAT %1").arg(OrderDisplay::vat(product->product, catalogue.vatRegistered)),
                     catalogue.name + u" — "_s + OrderDisplay::window(catalogue.window, m_clock->now(), m_zone)};
    if (const auto left = m_draft->available(productId))
        info.append(tr("%1 left").arg(QuantityText::display(product->product,
                                                             QuantityText::withDefaultWeight(product->product, *left))));
    const qsizetype row = m_draft->indexOf(productId);
    if (row >= 0) {
        info.append(tr("already in the order: Enter replaces the quantity"));
        m_quantity->setText(QuantityText::editText(product->product, m_draft->lines().at(row).quantity));
    }
    m_info->setText(info.join(u"  ·  "_s));
    retryQuantity();
}

const OfferedProduct *LineEntry::productTyped() const
{
    if (!m_draft)
        return nullptr;
    const OrderEntryOffer &offer = m_draft->offer();
    if (!m_chosenId.isEmpty())
        return offer.product(m_chosenId);
    if (m_product->text().trimmed().isEmpty())
        return nullptr;
    if (const OfferedProduct *exact = offer.resolve(m_product->text()))
        return exact;
    return offer.product(m_search->bestId());
}

void LineEntry::add()
{
    const OfferedProduct *product = productTyped();
    if (!product) {
        emit problem(m_product->text().trimmed().isEmpty()
                         ? tr("Type a product’s name or reference first.")
                         : tr("No product on offer matches “%1”.").arg(m_product->text().trimmed()));
        m_product->setFocus();
        m_product->selectAll();
        return;
    }
    if (m_chosenId.isEmpty())
        choose(product->product.id);
    auto quantity = QuantityText::parse(product->product, m_quantity->text());
    if (!quantity) {
        emit problem(quantity.error().message());
        retryQuantity();
        return;
    }
    emit entered(product->product.id, *quantity);
}

bool LineEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_product && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() == Qt::TabFocusReason && m_chosenId.isEmpty()) {
        // Tab out of the search takes the highlighted choice, as Enter does.
        if (const OfferedProduct *product = productTyped())
            choose(product->product.id);
    }
    if (watched == m_product && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && !m_search->isShown()) {
            emit downToLines();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
