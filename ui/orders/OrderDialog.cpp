#include "OrderDialog.h"

#include "LineEditCommand.h"
#include "NewMemberPanel.h"
#include "OrderDisplay.h"
#include "OrderLinesModel.h"
#include "SearchCompleter.h"
#include "common/PhoneNumber.h"
#include "orders/OrderDraft.h"
#include "queries/OrderEntryQuery.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Store.h"
#include "widgets/DialogSeams.h"
#include "widgets/DisplayText.h"
#include "widgets/TableLook.h"

#include <QAction>
#include <QCloseEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Every order dialog open, for the application's last question before quitting.
QList<QPointer<OrderDialog>> &openDialogs()
{
    static QList<QPointer<OrderDialog>> dialogs;
    return dialogs;
}

const QString newMemberId = u"+new"_s;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    // Enter belongs to the fields (add a line, create a member), never to a default button.
    pushButton->setAutoDefault(false);
    pushButton->setDefault(false);
    return pushButton;
}

}

OrderDialog::OrderDialog(Store &store, const QString &distributionId, QWidget *parent)
    : QDialog(parent), m_store(store), m_distributionId(distributionId), m_undo(new QUndoStack(this))
{
    setObjectName(u"orderDialog"_s);
    setWindowTitle(tr("Order"));
    buildWidgets();
    createActions();
    openDialogs().append(this);
    resize(1100, 720);
}

OrderDialog::~OrderDialog()
{
    openDialogs().removeAll(this);
}

void OrderDialog::buildWidgets()
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"orderTitle"_s);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"orderSubtitle"_s);
    m_windows = new QLabel(this);
    m_windows->setObjectName(u"orderWindows"_s);
    m_windows->setTextFormat(Qt::RichText);
    m_windows->setWordWrap(true);
    m_producerBanner = new QLabel(this);
    m_producerBanner->setObjectName(u"producerBanner"_s);
    m_producerBanner->setWordWrap(true);
    m_producerBanner->hide();

    m_memberField = new QLineEdit(this);
    m_memberField->setObjectName(u"memberField"_s);
    m_memberField->setPlaceholderText(tr("Type part of a name, a phone number or an e-mail…"));
    m_memberField->setClearButtonEnabled(true);
    m_memberSearch = new SearchCompleter(m_memberField);
    m_memberCard = new QLabel(this);
    m_memberCard->setObjectName(u"memberCard"_s);
    m_memberCard->setTextFormat(Qt::RichText);
    m_newMemberButton = button(tr("New member…"), u"newMemberButton"_s, this);
    m_newMemberButton->setToolTip(tr("Create the member without leaving the order (Ctrl+M)"));
    m_newMember = new NewMemberPanel(m_store, this);
    m_newMember->hide();

    m_productField = new QLineEdit(this);
    m_productField->setObjectName(u"productField"_s);
    m_productField->setPlaceholderText(tr("Product name or reference"));
    m_productSearch = new SearchCompleter(m_productField);
    m_quantityField = new QLineEdit(this);
    m_quantityField->setObjectName(u"quantityField"_s);
    m_quantityField->setPlaceholderText(tr("Quantity"));
    m_quantityField->setAlignment(Qt::AlignRight);
    m_quantityField->setMaximumWidth(130);
    m_unitHint = new QLabel(this);
    m_unitHint->setObjectName(u"unitHint"_s);
    m_unitHint->setMinimumWidth(150);
    m_addButton = button(tr("Add ⏎"), u"addLineButton"_s, this);
    m_sameAsLast = button(tr("Same as last time  Ctrl+L"), u"sameAsLastTimeButton"_s, this);
    m_productInfo = new QLabel(this);
    m_productInfo->setObjectName(u"productInfo"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"orderLines"_s);
    TableLook::apply(m_table);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setDefaultSectionSize(2 * m_table->fontMetrics().height() + 10);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::DoubleClicked);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setObjectName(u"orderMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_vat = new QLabel(this);
    m_vat->setObjectName(u"orderVat"_s);
    m_vat->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_total = new QLabel(this);
    m_total->setObjectName(u"orderTotal"_s);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_undoButton = button(tr("Undo"), u"undoButton"_s, this);
    m_redoButton = button(tr("Redo"), u"redoButton"_s, this);
    m_discardButton = button(tr("Close  Esc"), u"closeOrderButton"_s, this);
    m_keepButton = button(tr("Keep in progress  Ctrl+S"), u"keepInProgressButton"_s, this);
    m_validateButton = button(tr("Validate the order  Ctrl+Enter"), u"validateOrderButton"_s, this);

    // Layout: who and when, the member, the entry row, the lines, the totals, the actions.
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    layout->addLayout(heading);
    layout->addWidget(m_windows);
    layout->addWidget(m_producerBanner);

    auto *memberRow = new QHBoxLayout;
    auto *memberLabel = new QLabel(tr("&Member"), this);
    memberLabel->setBuddy(m_memberField);
    memberLabel->setMinimumWidth(80);
    memberRow->addWidget(memberLabel);
    memberRow->addWidget(m_memberField, 2);
    memberRow->addWidget(m_memberCard, 3);
    memberRow->addWidget(m_newMemberButton);
    layout->addLayout(memberRow);
    layout->addWidget(m_newMember);

    auto *entryRow = new QHBoxLayout;
    auto *productLabel = new QLabel(tr("&Product"), this);
    productLabel->setBuddy(m_productField);
    productLabel->setMinimumWidth(80);
    entryRow->addWidget(productLabel);
    entryRow->addWidget(m_productField, 3);
    entryRow->addWidget(m_quantityField);
    entryRow->addWidget(m_unitHint);
    entryRow->addWidget(m_addButton);
    entryRow->addStretch();
    entryRow->addWidget(m_sameAsLast);
    layout->addLayout(entryRow);
    auto *infoRow = new QHBoxLayout;
    infoRow->addSpacing(86);
    infoRow->addWidget(m_productInfo, 1);
    layout->addLayout(infoRow);

    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 3);
    auto *totals = new QVBoxLayout;
    totals->setSpacing(2);
    totals->addWidget(m_vat);
    totals->addWidget(m_total);
    bottom->addLayout(totals, 2);
    layout->addLayout(bottom);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_undoButton);
    actions->addWidget(m_redoButton);
    actions->addStretch();
    actions->addWidget(m_discardButton);
    actions->addWidget(m_keepButton);
    actions->addWidget(m_validateButton);
    layout->addLayout(actions);

    setTabOrder(m_memberField, m_productField);
    setTabOrder(m_productField, m_quantityField);
    setTabOrder(m_quantityField, m_table);
    for (QLineEdit *field : {m_memberField, m_productField, m_quantityField})
        field->installEventFilter(this);

    setStyleSheet(u"QLabel#orderTitle { font-size: 15pt; font-weight: 600; }"
                  "QLabel#orderSubtitle { color: palette(placeholder-text); }"
                  "QLabel#producerBanner { background: #fff4d6; border: 1px solid #e9cf8a; border-radius: 4px; "
                  "padding: 6px 8px; }"
                  "QLabel#memberCard { padding-left: 8px; }"
                  "QLabel#productInfo { color: palette(placeholder-text); }"
                  "QLabel#orderTotal { font-size: 17pt; font-weight: 700; }"
                  "QLabel#orderVat { color: palette(placeholder-text); }"
                  "QPushButton#validateOrderButton { font-weight: 600; padding: 4px 14px; }"_s);

    connect(m_memberSearch, &SearchCompleter::typed, this, &OrderDialog::searchMembers);
    connect(m_memberSearch, &SearchCompleter::picked, this, &OrderDialog::memberChosen);
    connect(m_memberField, &QLineEdit::returnPressed, this, [this] {
        // Enter with nothing highlighted takes the first choice (the list takes a highlighted one).
        const auto &items = m_memberSearch->items();
        if (!items.isEmpty() && !m_memberSearch->hasHighlight() && m_draft && m_draft->memberId().isEmpty())
            memberChosen(items.first().id);
    });
    connect(m_newMemberButton, &QPushButton::clicked, this, &OrderDialog::startNewMember);
    connect(m_newMember, &NewMemberPanel::created, this, [this](const QString &id) {
        if (Status opened = openForMember(id); !opened)
            showMessage(opened.error().message(), true);
        else
            showMessage(tr("Member created."));
    });
    connect(m_newMember, &NewMemberPanel::cancelled, this, [this] { m_memberField->setFocus(); });
    connect(m_productSearch, &SearchCompleter::typed, this, &OrderDialog::searchProducts);
    connect(m_productSearch, &SearchCompleter::picked, this, &OrderDialog::productChosen);
    connect(m_productField, &QLineEdit::returnPressed, this, [this] {
        if (productInEntry())
            m_quantityField->setFocus();
    });
    connect(m_quantityField, &QLineEdit::returnPressed, this, &OrderDialog::addFromEntry);
    connect(m_addButton, &QPushButton::clicked, this, &OrderDialog::addFromEntry);
    connect(m_sameAsLast, &QPushButton::clicked, this, &OrderDialog::sameAsLastTime);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &OrderDialog::updateActions);
    connect(m_discardButton, &QPushButton::clicked, this, &OrderDialog::reject);
    connect(m_keepButton, &QPushButton::clicked, this, [this] { saveAndClose(false); });
    connect(m_validateButton, &QPushButton::clicked, this, [this] { saveAndClose(true); });
}

void OrderDialog::createActions()
{
    const auto add = [this](const QString &objectName, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(objectName);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(u"actionUndoLine"_s, QKeySequence::keyBindings(QKeySequence::Undo), [this] { m_undo->undo(); });
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redo.contains(QKeySequence(u"Ctrl+Shift+Z"_s)))
        redo.append(QKeySequence(u"Ctrl+Shift+Z"_s));
    add(u"actionRedoLine"_s, redo, [this] { m_undo->redo(); });
    add(u"actionSameAsLastTime"_s, {QKeySequence(u"Ctrl+L"_s)}, [this] { sameAsLastTime(); });
    add(u"actionNewMember"_s, {QKeySequence(u"Ctrl+M"_s)}, [this] { startNewMember(); });
    add(u"actionKeepInProgress"_s, {QKeySequence::Save}, [this] { saveAndClose(false); });
    add(u"actionValidateOrder"_s, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        [this] { saveAndClose(true); });
    add(u"actionFindProduct"_s, {QKeySequence(u"Ctrl+P"_s)}, [this] {
        m_productField->setFocus();
        m_productField->selectAll();
    });

    auto *remove = new QAction(tr("Take the line out"), m_table);
    remove->setObjectName(u"actionRemoveLine"_s);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &OrderDialog::removeCurrentLine);
    m_table->addAction(remove);
}

QDateTime OrderDialog::now() const
{
    return m_store.clock().now();
}

Status OrderDialog::load()
{
    auto actor = OrderService(m_store).actor();
    if (!actor)
        return actor.error();
    m_actor = *actor;
    auto offer = OrderEntryQuery(m_store).load(m_distributionId, m_actor);
    if (!offer)
        return offer.error();
    m_offer = std::move(offer).value();
    m_draft = std::make_unique<OrderDraft>(m_offer);
    m_draft->start({}, std::nullopt, {});
    delete m_lines;
    m_lines = new OrderLinesModel(*m_draft, m_store.timeZone(), this);
    m_lines->setNow(now());
    m_table->setModel(m_lines);
    // Fixed widths for the figures, wide enough for the longest, so that amounts stay aligned
    // and never wrap whatever the lines hold.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(OrderLinesModel::ProductColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(OrderLinesModel::WindowColumn, width(tr("Closed since Wed 30 Sep, 17:30")));
    m_table->setColumnWidth(OrderLinesModel::QuantityColumn, width(u"10 (≈ 18,5 kg)"_s));
    m_table->setColumnWidth(OrderLinesModel::UnitPriceColumn, width(OrderDisplay::unitPrice(Product{}, 188888, m_offer.currency) + u"/kg"_s));
    m_table->setColumnWidth(OrderLinesModel::VatColumn, width(u"20,0 %"_s));
    m_table->setColumnWidth(OrderLinesModel::AmountColumn, width(OrderDisplay::money(888888, m_offer.currency)));
    connect(m_lines, &OrderLinesModel::linesChanged, this, &OrderDialog::updateTotals);
    connect(m_lines, &OrderLinesModel::quantityEntered, this, &OrderDialog::quantityEdited);
    m_loaded = true;
    showHeader();
    showMember();
    updateTotals();
    m_memberField->setFocus();
    return {};
}

void OrderDialog::showHeader()
{
    const Distribution &distribution = m_offer.distribution;
    m_title->setText(tr("Order for %1").arg(DisplayText::longDate(distribution.date)));
    m_subtitle->setText(tr("%1 · %2").arg(m_offer.placeName,
                                          DisplayText::timeRange(distribution.startTime, distribution.endTime)));
    setWindowTitle(tr("Order — %1").arg(DisplayText::shortDate(distribution.date)));

    // The windows: the open ones counted, the closed ones named (they need a confirmation).
    const QDateTime instant = now();
    const QTimeZone zone = m_store.timeZone();
    int open = 0;
    int notYetOpen = 0;
    QStringList closed;
    for (const OfferedCatalogue &catalogue : m_offer.catalogues) {
        switch (catalogue.window.stateAt(instant)) {
        case OrderingWindow::State::Open: ++open; break;
        case OrderingWindow::State::NotYetOpen: ++notYetOpen; break;
        case OrderingWindow::State::Closed:
            closed.append(tr("%1 (since %2)")
                              .arg(catalogue.name.toHtmlEscaped(),
                                   DisplayText::dayAndTime(catalogue.window.closesAt.toTimeZone(zone))));
            break;
        }
    }
    const auto chip = [](OrderingWindow::State state, const QString &text) {
        return u"<span style=\"background-color:%1; color:%2;\">&nbsp;●&nbsp;%3&nbsp;</span>"_s.arg(
            OrderDisplay::windowBackground(state).name(), OrderDisplay::windowText(state).name(), text);
    };
    QStringList chips;
    if (distribution.cancelled)
        chips.append(chip(OrderingWindow::State::Closed, tr("This distribution is cancelled: its orders cannot change.")));
    if (open > 0)
        chips.append(chip(OrderingWindow::State::Open, tr("%n catalogue(s) open", nullptr, open)));
    if (notYetOpen > 0)
        chips.append(chip(OrderingWindow::State::NotYetOpen, tr("%n not yet open", nullptr, notYetOpen)));
    if (!closed.isEmpty())
        chips.append(chip(OrderingWindow::State::Closed, tr("Closed: %1").arg(closed.join(u", "_s))));
    m_windows->setText(chips.join(u"&nbsp;&nbsp;"_s));

    if (m_actor.isProducer()) {
        const QString producer = m_offer.catalogues.isEmpty() ? m_actor.name : m_offer.catalogues.first().producerName;
        m_producerBanner->setText(tr("Producer mode — %1: you see and change only the lines of your own catalogues.")
                                      .arg(producer));
        m_producerBanner->show();
    }
}

void OrderDialog::showMember()
{
    const bool chosen = !m_draft->memberId().isEmpty();
    m_memberField->setReadOnly(chosen);
    m_newMemberButton->setVisible(!chosen);
    for (QWidget *widget : {static_cast<QWidget *>(m_productField), static_cast<QWidget *>(m_quantityField),
                            static_cast<QWidget *>(m_addButton), static_cast<QWidget *>(m_sameAsLast)})
        widget->setEnabled(chosen && !m_offer.distribution.cancelled);
    if (!chosen) {
        m_memberCard->setText(tr("<span style=\"color:gray\">Whose order? Type to search; Enter picks; Ctrl+M "
                                 "creates a new member.</span>"));
        updateActions();
        return;
    }
    auto member = MemberService(m_store).find(m_draft->memberId());
    QStringList parts;
    if (member) {
        m_memberField->setText(member->displayName());
        if (!member->phone.isEmpty())
            parts.append(PhoneNumber::display(member->phone).toHtmlEscaped());
        if (!member->email.isEmpty())
            parts.append(member->email.toHtmlEscaped());
    }
    QString state;
    const auto &basket = m_draft->basket();
    if (!basket)
        state = tr("new order");
    else if (basket->status == Basket::Status::Validated)
        state = tr("<b>validated</b> on %1").arg(DisplayText::dayAndTime(basket->validatedAt.toTimeZone(m_store.timeZone())));
    else if (basket->status == Basket::Status::Cancelled)
        state = tr("<b>cancelled</b>: saving reopens it");
    else
        state = tr("<b>in progress</b>, last changed %1")
                    .arg(DisplayText::dayAndTime(basket->stamp.updatedAt.toTimeZone(m_store.timeZone())));
    parts.append(state);
    m_memberCard->setText(parts.join(u"  ·  "_s));
    updateActions();
}

void OrderDialog::searchMembers(const QString &text)
{
    if (!m_draft->memberId().isEmpty())
        return;
    if (text.trimmed().isEmpty()) {
        m_memberSearch->hide();
        return;
    }
    MemberFilter filter;
    filter.text = text;
    filter.limit = 8;
    auto members = MemberService(m_store).list(filter);
    QList<CompletionListModel::Item> items;
    if (members) {
        for (const Member &member : *members) {
            QStringList detail;
            if (!member.phone.isEmpty())
                detail.append(PhoneNumber::display(member.phone));
            if (!member.email.isEmpty())
                detail.append(member.email);
            if (!member.town.isEmpty())
                detail.append(member.town);
            items.append({member.id, member.displayName(), detail.join(u"  ·  "_s), member.displayName()});
        }
    }
    items.append({newMemberId, tr("New member “%1”…").arg(text.simplified()), tr("Ctrl+M"), text});
    m_memberSearch->show(items);
}

void OrderDialog::memberChosen(const QString &id)
{
    if (id == newMemberId) {
        startNewMember();
        return;
    }
    if (Status opened = openForMember(id); !opened)
        showMessage(opened.error().message(), true);
}

void OrderDialog::startNewMember()
{
    if (!m_loaded || !m_draft->memberId().isEmpty())
        return;
    m_memberSearch->hide();
    m_newMember->start(m_memberField->text());
}

Status OrderDialog::openForMember(const QString &memberId)
{
    if (!m_loaded)
        return Error(ErrorKind::Validation, tr("The distribution is not loaded."));
    auto member = MemberService(m_store).find(memberId);
    if (!member)
        return member.error();
    OrderService orders(m_store);
    auto basket = orders.basketOf(m_distributionId, memberId);
    if (!basket)
        return basket.error();
    QList<OrderLine> stored;
    if (basket->has_value()) {
        auto lines = orders.linesInReach((*basket)->id);
        if (!lines)
            return lines.error();
        stored = *lines;
    }
    m_draft->start(memberId, *basket, stored);
    m_undo->clear();
    m_confirmedLate.clear();
    m_lines->setNow(now());
    m_lines->reload();
    m_newMember->hide();
    m_memberSearch->hide();
    showMember();
    clearEntry();
    if (basket->has_value())
        showMessage(tr("%1 already has an order for this distribution: you are changing it.").arg(member->displayName()));
    m_productField->setFocus();
    return {};
}

Status OrderDialog::openBasket(const QString &basketId)
{
    auto basket = OrderService(m_store).basket(basketId);
    if (!basket)
        return basket.error();
    if (basket->isAnonymous())
        return Error(ErrorKind::Validation, tr("An anonymous cart has no member to take the order for."));
    return openForMember(basket->memberId);
}

void OrderDialog::searchProducts(const QString &text)
{
    m_pickedProductId.clear();
    m_productInfo->clear();
    if (text.trimmed().isEmpty()) {
        m_productSearch->hide();
        return;
    }
    QList<CompletionListModel::Item> items;
    const QDateTime instant = now();
    for (const OfferedProduct *product : m_offer.find(text, 30)) {
        const OfferedCatalogue &catalogue = m_offer.catalogueOf(*product);
        QStringList detail{OrderDisplay::unitPrice(product->product, product->product.priceCents, m_offer.currency)};
        const auto left = m_draft->available(product->product.id);
        if (left)
            detail.append(tr("%1 left").arg(QuantityText::display(product->product,
                                                                   QuantityText::withDefaultWeight(product->product, *left))));
        detail.append(catalogue.name);
        if (catalogue.window.stateAt(instant) == OrderingWindow::State::Closed)
            detail.append(tr("closed"));
        items.append({product->product.id, OrderDisplay::productLabel(product->product), detail.join(u"  ·  "_s),
                      product->product.name});
    }
    m_productSearch->show(items);
}

void OrderDialog::productChosen(const QString &id)
{
    const OfferedProduct *product = m_offer.product(id);
    if (!product)
        return;
    m_pickedProductId = id;
    if (m_productField->text() != product->product.name)
        m_productField->setText(product->product.name);
    m_unitHint->setText(QuantityText::hint(product->product));
    const OfferedCatalogue &catalogue = m_offer.catalogueOf(*product);
    QStringList info{OrderDisplay::unitPrice(product->product, product->product.priceCents, m_offer.currency),
                     tr("VAT %1").arg(OrderDisplay::vat(product->product, catalogue.vatRegistered)),
                     catalogue.name + u" — "_s + OrderDisplay::window(catalogue.window, now(), m_store.timeZone())};
    if (const auto left = m_draft->available(id))
        info.append(tr("%1 left").arg(QuantityText::display(product->product,
                                                             QuantityText::withDefaultWeight(product->product, *left))));
    const qsizetype row = m_draft->indexOf(id);
    if (row >= 0) {
        info.append(tr("already in the order: Enter replaces the quantity"));
        m_quantityField->setText(QuantityText::editText(product->product, m_draft->lines().at(row).quantity));
        m_quantityField->selectAll();
    }
    m_productInfo->setText(info.join(u"  ·  "_s));
    m_quantityField->setFocus();
    m_quantityField->selectAll();
}

const OfferedProduct *OrderDialog::productInEntry() const
{
    if (!m_pickedProductId.isEmpty())
        return m_offer.product(m_pickedProductId);
    const auto &items = m_productSearch->items();
    if (!m_productField->text().trimmed().isEmpty() && !items.isEmpty()) {
        if (const OfferedProduct *exact = m_offer.resolve(m_productField->text()))
            return exact;
        return m_offer.product(items.first().id);
    }
    return m_offer.resolve(m_productField->text());
}

void OrderDialog::addFromEntry()
{
    const OfferedProduct *product = productInEntry();
    if (!product) {
        showMessage(m_productField->text().trimmed().isEmpty()
                        ? tr("Type a product’s name or reference first.")
                        : tr("No product on offer matches “%1”.").arg(m_productField->text().trimmed()),
                    true);
        m_productField->setFocus();
        m_productField->selectAll();
        return;
    }
    if (m_pickedProductId.isEmpty())
        productChosen(product->product.id);
    auto quantity = QuantityText::parse(product->product, m_quantityField->text());
    if (!quantity) {
        showMessage(quantity.error().message(), true);
        m_quantityField->setFocus();
        m_quantityField->selectAll();
        return;
    }
    applyQuantity(product->product.id, *quantity, false);
}

void OrderDialog::applyQuantity(const QString &productId, const LineQuantity &quantity, bool inTable)
{
    const OfferedProduct *product = m_offer.product(productId);
    if (!product)
        return;
    if (Status fits = m_draft->check(productId, quantity); !fits) {
        showMessage(fits.error().message(), true);
        if (!inTable)
            m_quantityField->selectAll();
        return;
    }
    const qsizetype row = m_draft->indexOf(productId);
    std::optional<DraftLine> before;
    if (row >= 0)
        before = m_draft->lines().at(row);
    DraftLine after = before.value_or(DraftLine{productId, {}, std::nullopt, std::nullopt});
    after.quantity = quantity;
    if (before && *before == after) {
        clearEntry();
        m_productField->setFocus();
        return;
    }
    if (m_draft->isClosed(productId, now()) && !confirmLate({product->product.catalogueId})) {
        if (!inTable) {
            clearEntry();
            m_productField->setFocus();
        }
        return;
    }
    m_undo->push(new LineEditCommand(*m_lines, before, after, row >= 0 ? row : m_draft->lines().size(),
                                     product->product.name));
    const qsizetype shown = m_draft->indexOf(productId);
    m_table->selectRow(int(shown));
    showMessage(tr("%1: %2 — %3")
                    .arg(product->product.name, QuantityText::display(product->product, quantity),
                         OrderDisplay::money(m_draft->amount(m_draft->lines().at(shown)), m_offer.currency)));
    if (!inTable) {
        clearEntry();
        m_productField->setFocus();
    }
}

void OrderDialog::quantityEdited(const QString &productId, const QString &text)
{
    const OfferedProduct *product = m_offer.product(productId);
    if (!product)
        return;
    auto quantity = QuantityText::parse(product->product, text);
    if (!quantity) {
        showMessage(quantity.error().message(), true);
        return;
    }
    applyQuantity(productId, *quantity, true);
}

void OrderDialog::removeCurrentLine()
{
    const int row = m_table->currentIndex().row();
    const QString productId = m_lines ? m_lines->productIdAt(row) : QString();
    const OfferedProduct *product = m_offer.product(productId);
    if (!product)
        return;
    if (m_draft->isClosed(productId, now()) && !confirmLate({product->product.catalogueId}))
        return;
    m_undo->push(new LineEditCommand(*m_lines, m_draft->lines().at(row), std::nullopt, row, product->product.name));
    showMessage(tr("%1 taken out (Ctrl+Z puts it back).").arg(product->product.name));
    if (m_lines->rowCount() > 0)
        m_table->setCurrentIndex(m_lines->index(std::min(row, m_lines->rowCount() - 1), OrderLinesModel::QuantityColumn));
    else
        m_productField->setFocus();
}

void OrderDialog::sameAsLastTime()
{
    if (!m_loaded || m_draft->memberId().isEmpty() || m_offer.distribution.cancelled)
        return;
    auto previous = OrderService(m_store).previousBasket(m_distributionId, m_draft->memberId());
    if (!previous) {
        showMessage(previous.error().message(), true);
        return;
    }
    if (!previous->has_value()) {
        showMessage(tr("This member has no validated order at an earlier distribution."), true);
        return;
    }
    const CarryOver carried = m_draft->carryOver(**previous, now());
    QList<DraftLine> lines = carried.lines;
    if (!carried.lateProductIds.isEmpty()) {
        QStringList catalogues;
        for (const QString &productId : carried.lateProductIds) {
            const QString catalogueId = m_offer.product(productId)->product.catalogueId;
            if (!catalogues.contains(catalogueId))
                catalogues.append(catalogueId);
        }
        if (!confirmLate(catalogues)) {
            lines.removeIf([&](const DraftLine &line) { return carried.lateProductIds.contains(line.productId); });
        }
    }
    if (!lines.isEmpty()) {
        m_undo->beginMacro(tr("same as last time"));
        for (const DraftLine &line : lines)
            m_undo->push(new LineEditCommand(*m_lines, std::nullopt, line, m_draft->lines().size(),
                                             m_offer.product(line.productId)->product.name));
        m_undo->endMacro();
    }
    QStringList report;
    report.append(tr("%n product(s) from the order of %1 added, at today’s prices.", nullptr, int(lines.size()))
                      .arg(DisplayText::shortDate(carried.from)));
    if (!carried.left.isEmpty()) {
        QStringList left;
        for (const CarryOver::Left &item : carried.left)
            left.append(tr("%1 (%2)").arg(item.productName, item.reason));
        report.append(tr("Not carried over: %1.").arg(left.join(u"; "_s)));
    }
    if (lines.size() < carried.lines.size())
        report.append(tr("Products of closed catalogues were left out."));
    showMessage(report.join(u' '), !carried.left.isEmpty());
    m_productField->setFocus();
}

bool OrderDialog::confirmLate(const QStringList &catalogueIds)
{
    QStringList asked;
    const QTimeZone zone = m_store.timeZone();
    for (const QString &catalogueId : catalogueIds) {
        if (m_confirmedLate.contains(catalogueId))
            continue;
        const OfferedCatalogue *catalogue = m_offer.catalogue(catalogueId);
        if (!catalogue)
            continue;
        asked.append(tr("“%1” closed on %2")
                         .arg(catalogue->name, DisplayText::dayAndTime(catalogue->window.closesAt.toTimeZone(zone))));
    }
    if (asked.isEmpty())
        return true;
    const auto answer = DialogSeams::question(
        this, tr("Ordering is closed"),
        tr("Ordering is closed: %1.\n\nThe producer may already have printed their summary. Make the change "
           "anyway? It will be recorded as a late change, with your name.")
            .arg(asked.join(u"; "_s)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        showMessage(tr("Nothing changed: ordering is closed for that catalogue."), true);
        return false;
    }
    for (const QString &catalogueId : catalogueIds)
        m_confirmedLate.insert(catalogueId);
    return true;
}

OrderDialog::Outcome OrderDialog::save(bool validate)
{
    if (!m_loaded || m_draft->memberId().isEmpty())
        return Outcome::Refused;
    const bool validated = m_draft->isValidated();
    if (!m_draft->isDirty() && (validated || !validate)) {
        // Nothing new to write.
        return Outcome::Saved;
    }
    // The closed catalogues this save touches: lines changed, or every line when an order in
    // progress is validated after its catalogue closed.
    QStringList late = m_draft->lateCatalogues(now());
    if (validate && !validated) {
        for (const DraftLine &line : m_draft->lines()) {
            const OfferedProduct *product = m_offer.product(line.productId);
            if (product && m_draft->isClosed(line.productId, now()) && !late.contains(product->product.catalogueId))
                late.append(product->product.catalogueId);
        }
    }
    if (!confirmLate(late))
        return Outcome::Cancelled;
    const LatePolicy policy = late.isEmpty() ? LatePolicy::Refuse : LatePolicy::Record;
    auto saved = OrderService(m_store).save(m_draft->edit(validate, policy));
    if (!saved) {
        showMessage(saved.error().message(), true);
        return Outcome::Refused;
    }
    m_undo->setClean();
    emit this->saved(saved->basketId);
    return Outcome::Saved;
}

void OrderDialog::saveAndClose(bool validate)
{
    if (m_draft && m_draft->memberId().isEmpty()) {
        showMessage(tr("Choose the member first."), true);
        m_memberField->setFocus();
        return;
    }
    if (m_draft && m_draft->lines().isEmpty() && !m_draft->basket()) {
        showMessage(tr("Add at least one product to the order."), true);
        m_productField->setFocus();
        return;
    }
    if (save(validate) != Outcome::Saved)
        return;
    m_closing = true;
    accept();
}

bool OrderDialog::hasUnsavedChanges() const
{
    return m_loaded && m_draft && !m_draft->memberId().isEmpty() && m_draft->isDirty();
}

bool OrderDialog::closeAsking()
{
    if (!hasUnsavedChanges()) {
        m_closing = true;
        done(QDialog::Rejected);
        return true;
    }
    const bool validated = m_draft->isValidated();
    QList<std::pair<QMessageBox::StandardButton, QString>> choices;
    if (validated) {
        choices = {{QMessageBox::Save, tr("Save the changes")},
                   {QMessageBox::Discard, tr("Discard the changes")},
                   {QMessageBox::Cancel, tr("Back to the order")}};
    } else {
        choices = {{QMessageBox::Save, tr("Validate")},
                   {QMessageBox::Apply, tr("Keep in progress")},
                   {QMessageBox::Discard, tr("Discard")},
                   {QMessageBox::Cancel, tr("Back to the order")}};
    }
    const auto answer = DialogSeams::choose(
        this, tr("The order is not saved"),
        validated ? tr("This validated order has changes that are not saved.")
                  : tr("This order is not validated. Validate it, keep it in progress for later, or discard "
                       "what was typed?"),
        choices, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        if (save(!validated) != Outcome::Saved)
            return false;
        break;
    case QMessageBox::Apply:
        if (save(false) != Outcome::Saved)
            return false;
        break;
    case QMessageBox::Discard:
        break;
    default:
        return false;
    }
    m_closing = true;
    done(answer == QMessageBox::Discard ? QDialog::Rejected : QDialog::Accepted);
    return true;
}

bool OrderDialog::closeAllOpen()
{
    const QList<QPointer<OrderDialog>> dialogs = openDialogs();
    for (const QPointer<OrderDialog> &dialog : dialogs) {
        if (dialog && dialog->isVisible() && !dialog->closeAsking())
            return false;
    }
    return true;
}

void OrderDialog::closeEvent(QCloseEvent *event)
{
    if (m_closing || closeAsking()) {
        event->accept();
        return;
    }
    event->ignore();
}

void OrderDialog::reject()
{
    if (m_newMember->isVisible()) {
        m_newMember->hide();
        m_memberField->setFocus();
        return;
    }
    if (m_closing) {
        QDialog::reject();
        return;
    }
    closeAsking();
}

bool OrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QLineEdit *>(watched);
    if (field && event->type() == QEvent::ShortcutOverride) {
        // Ctrl+Z in an empty field undoes the last line change rather than nothing.
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
             || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z))
            && field->text().isEmpty())
            return true;
    }
    if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() == Qt::TabFocusReason) {
        // Tab out of a search field takes the highlighted choice, as Enter does.
        if (watched == m_productField && m_pickedProductId.isEmpty()) {
            if (const OfferedProduct *product = productInEntry())
                productChosen(product->product.id);
        } else if (watched == m_memberField && m_draft && m_draft->memberId().isEmpty()
                   && !m_memberField->text().trimmed().isEmpty() && !m_memberSearch->items().isEmpty()) {
            const QString id = m_memberSearch->items().first().id;
            QMetaObject::invokeMethod(this, [this, id] { memberChosen(id); }, Qt::QueuedConnection);
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_productField && key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier
            && !m_productSearch->isShown() && m_lines && m_lines->rowCount() > 0) {
            focusLines();
            return true;
        }
        if (watched == m_table && key->modifiers() == Qt::NoModifier) {
            const int row = m_table->currentIndex().row();
            if (key->key() == Qt::Key_Up && row <= 0) {
                m_productField->setFocus();
                return true;
            }
            // While a quantity is being edited the keys go to its editor, not here.
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && row >= 0) {
                m_table->edit(m_lines->index(row, OrderLinesModel::QuantityColumn));
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OrderDialog::focusLines()
{
    m_table->setFocus();
    const int row = std::max(0, m_table->currentIndex().row());
    m_table->setCurrentIndex(m_lines->index(row, OrderLinesModel::QuantityColumn));
}

void OrderDialog::updateTotals()
{
    if (!m_draft)
        return;
    const BasketTotals totals = m_draft->totals();
    QStringList vat;
    for (const BasketTotals::Rate &rate : totals.rates())
        vat.append(tr("incl. VAT %1: %2").arg(DisplayText::vatRate(rate.basisPoints),
                                              OrderDisplay::money(rate.vatCents, m_offer.currency)));
    const int count = int(m_draft->lines().size());
    vat.prepend(tr("%n line(s)", nullptr, count));
    m_vat->setText(vat.join(u"\n"_s));
    m_total->setText(tr("Total %1").arg(OrderDisplay::money(totals.totalCents(), m_offer.currency)));
    updateActions();
}

void OrderDialog::updateActions()
{
    const bool chosen = m_draft && !m_draft->memberId().isEmpty();
    const bool editable = chosen && !m_offer.distribution.cancelled;
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());
    m_undoButton->setToolTip(m_undo->canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(m_undo->undoText()) : QString());
    m_redoButton->setToolTip(m_undo->canRedo() ? tr("Redo %1 (Ctrl+Shift+Z)").arg(m_undo->redoText()) : QString());
    const bool validated = m_draft && m_draft->isValidated();
    m_keepButton->setVisible(!validated);
    m_keepButton->setEnabled(editable);
    m_validateButton->setEnabled(editable && m_draft && !m_draft->lines().isEmpty());
    m_validateButton->setText(validated ? tr("Save the changes  Ctrl+Enter") : tr("Validate the order  Ctrl+Enter"));
}

void OrderDialog::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? u"color: #9a1b1b;"_s : u"color: palette(text);"_s);
    m_message->setText(text);
}

void OrderDialog::clearEntry()
{
    // setText, not clear(): the fields' own undo history goes too, so Ctrl+Z undoes lines.
    m_productField->setText(QString());
    m_quantityField->setText(QString());
    m_pickedProductId.clear();
    m_unitHint->clear();
    m_productInfo->clear();
    m_productSearch->hide();
}
