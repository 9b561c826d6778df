#include "OrderDialog.h"

#include "LineEditCommand.h"
#include "LineEntry.h"
#include "MemberPicker.h"
#include "OrderDisplay.h"
#include "OrderHeader.h"
#include "OrderLinesModel.h"
#include "i18n/DomainWords.h"
#include "orders/LateRule.h"
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
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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
    m_header = new OrderHeader(this);
    m_member = new MemberPicker(m_store, this);
    m_entry = new LineEntry(this);
    m_entry->setEnabled(false);
    m_sameAsLast = button(tr("Same as last time  Ctrl+L"), u"sameAsLastTimeButton"_s, this);

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
    layout->addWidget(m_header);

    layout->addWidget(m_member);
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_sameAsLast, 0, Qt::AlignTop);
    layout->addLayout(entryRow);

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

    setTabOrder(m_member->field(), m_entry->productField());
    setTabOrder(m_entry->productField(), m_entry->quantityField());
    setTabOrder(m_entry->quantityField(), m_table);
    for (QLineEdit *field : {m_member->field(), m_entry->productField(), m_entry->quantityField()})
        field->installEventFilter(this);

    setStyleSheet(u"QLabel#memberCard { padding-left: 8px; }"
                  "QLabel#orderTotal { font-size: 17pt; font-weight: 700; }"
                  "QLabel#orderVat { color: palette(placeholder-text); }"
                  "QPushButton#validateOrderButton { font-weight: 600; padding: 4px 14px; }"
                  "QPushButton#sameAsLastTimeButton, QPushButton#changeMemberButton { padding: 3px 10px; }"_s);

    connect(m_member, &MemberPicker::chosen, this, [this](const QString &id) { memberChosen(id, false); });
    connect(m_member, &MemberPicker::created, this, [this](const QString &id) { memberChosen(id, true); });
    connect(m_member, &MemberPicker::changeCancelled, this, [this] { m_entry->productField()->setFocus(); });
    connect(m_entry, &LineEntry::entered, this,
            [this](const QString &productId, const LineQuantity &quantity) { applyQuantity(productId, quantity, false); });
    connect(m_entry, &LineEntry::problem, this, [this](const QString &message) { showMessage(message, true); });
    connect(m_entry, &LineEntry::downToLines, this, &OrderDialog::focusLines);
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
    add(u"actionNewMember"_s, {QKeySequence(u"Ctrl+M"_s)}, [this] {
        if (!m_loaded)
            return;
        // A saved order with changes cannot go to someone else: say so before a member is made.
        if (m_draft && m_draft->isSavedWithChanges()) {
            showMessage(tr("This order is saved and has changes: save or undo them before taking it for a new "
                           "member."),
                        true);
            return;
        }
        m_member->startNewMember();
    });
    add(u"actionKeepInProgress"_s, {QKeySequence::Save}, [this] { saveAndClose(false); });
    add(u"actionValidateOrder"_s, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        [this] { saveAndClose(true); });
    add(u"actionFindProduct"_s, {QKeySequence(u"Ctrl+P"_s)}, [this] {
        m_entry->productField()->setFocus();
        m_entry->productField()->selectAll();
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
    m_entry->setDraft(*m_draft, m_store.clock(), m_store.timeZone());
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
    m_header->show(m_offer, m_actor, now(), m_store.timeZone());
    setWindowTitle(tr("Order — %1").arg(DisplayText::shortDate(m_offer.distribution.date)));
    showMember();
    updateTotals();
    m_member->field()->setFocus();
    return {};
}

void OrderDialog::showMember()
{
    const bool chosen = !m_draft->memberId().isEmpty();
    const bool editable = chosen && !m_offer.distribution.cancelled;
    m_entry->setEnabled(editable);
    m_sameAsLast->setEnabled(editable);
    updateActions();
    if (!chosen)
        return;
    auto member = MemberService(m_store).find(m_draft->memberId());
    if (!member)
        return;
    const QTimeZone zone = m_store.timeZone();
    QString state;
    const auto &basket = m_draft->basket();
    if (!basket)
        state = tr("new order");
    else if (basket->status == Basket::Status::Validated)
        state = tr("<b>validated</b> on %1").arg(DomainWords::dayAndTime(basket->validatedAt.toTimeZone(zone)));
    else if (basket->status == Basket::Status::Cancelled)
        state = tr("<b>cancelled</b>: saving reopens it");
    else
        state = tr("<b>in progress</b>, last changed %1").arg(DomainWords::dayAndTime(basket->stamp.updatedAt.toTimeZone(zone)));
    m_member->showChosen(*member, state);
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
    showMember();
    m_entry->restart();
    if (basket->has_value())
        showMessage(tr("%1 already has an order for this distribution: you are changing it.").arg(member->displayName()));
    return {};
}

void OrderDialog::memberChosen(const QString &memberId, bool created)
{
    if (!m_loaded)
        return;
    if (!m_draft->memberId().isEmpty()) {
        changeMember(memberId, created);
        return;
    }
    if (Status opened = openForMember(memberId); !opened)
        showMessage(opened.error().message(), true);
    else if (created)
        showMessage(tr("Member created."));
}

void OrderDialog::changeMember(const QString &memberId, bool created)
{
    const QString previousId = m_draft->memberId();
    const auto keep = [this](const QString &message, bool problem) {
        m_member->cancelChange();
        showMessage(message, problem);
        m_entry->productField()->setFocus();
    };
    if (memberId == previousId) {
        keep(QString(), false);
        return;
    }
    MemberService members(m_store);
    auto previous = members.find(previousId);
    auto member = members.find(memberId);
    if (!previous || !member) {
        keep((!previous ? previous.error() : member.error()).message(), true);
        return;
    }
    const QString before = previous->displayName();
    const QString after = member->displayName();
    if (m_draft->basket() || m_draft->lines().isEmpty()) {
        // A saved order stays its member's (OrderDraft::changeMember): with changes typed, they
        // would be carried to someone else; without, the other member's order is simply opened.
        const bool saved = m_draft->basket().has_value();
        if (m_draft->isSavedWithChanges()) {
            const QString refusal = tr("The order of %1 is already saved: it cannot be given to another member. Save "
                                       "or undo the changes to it first, then choose %2.")
                                        .arg(before, after);
            keep(created ? tr("Member created.") + u' ' + refusal : refusal, true);
            return;
        }
        if (Status opened = openForMember(memberId); !opened) {
            keep(opened.error().message(), true);
            return;
        }
        QStringList message;
        if (created)
            message.append(tr("Member created."));
        message.append(saved ? tr("Now the order of %1; the order of %2 stays as it was.").arg(after, before)
                             : tr("The order is now for %1.").arg(after));
        if (m_draft->basket())
            message.append(tr("%1 already has an order for this distribution: you are changing it.").arg(after));
        showMessage(message.join(u' '));
        return;
    }

    // A new order: the lines typed go with it, into the other member's basket if they have one.
    OrderService orders(m_store);
    auto basket = orders.basketOf(m_distributionId, memberId);
    if (!basket) {
        keep(basket.error().message(), true);
        return;
    }
    QList<OrderLine> stored;
    if (basket->has_value()) {
        auto lines = orders.linesInReach((*basket)->id);
        if (!lines) {
            keep(lines.error().message(), true);
            return;
        }
        stored = *lines;
    }
    const int typed = int(m_draft->lines().size());
    if (!stored.isEmpty() && typed > 0) {
        const auto answer = DialogSeams::choose(
            this, tr("%1 already has an order").arg(after),
            tr("%1 already has an order for this distribution (%n line(s), %2). There is only one order per "
               "member: add the lines typed to it? A product in both takes the quantity typed.",
               nullptr, int(stored.size()))
                .arg(after, DomainWords::basketStatus((*basket)->status).toLower()),
            {{QMessageBox::Yes, tr("Add the lines to their order")},
             {QMessageBox::Cancel, tr("Keep the order for %1").arg(before)}},
            QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            keep(tr("The order stays for %1.").arg(before), false);
            return;
        }
    }
    auto replaced = m_draft->changeMember(memberId, *basket, stored);
    if (!replaced) {
        keep(replaced.error().message(), true);
        return;
    }
    // The rows moved when lines were joined: the undo history no longer matches them.
    if (!stored.isEmpty())
        m_undo->clear();
    m_lines->reload();
    showMember();
    updateTotals();
    QStringList message;
    if (created)
        message.append(tr("Member created."));
    message.append(typed > 0 ? tr("The order is now for %1; the %n line(s) typed stay.", nullptr, typed).arg(after)
                             : tr("The order is now for %1.").arg(after));
    if (basket->has_value())
        message.append(stored.isEmpty()
                           ? tr("They already had an order for this distribution: the lines go into it.")
                           : tr("Joined to the order they already had (%n product(s) in both: the quantity typed "
                                "counts).", nullptr, int(replaced->size())));
    showMessage(message.join(u' '));
    m_entry->restart();
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

void OrderDialog::applyQuantity(const QString &productId, const LineQuantity &quantity, bool inTable)
{
    const OfferedProduct *product = m_offer.product(productId);
    if (!product)
        return;
    if (Status fits = m_draft->check(productId, quantity); !fits) {
        showMessage(fits.error().message(), true);
        if (!inTable)
            m_entry->retryQuantity();
        return;
    }
    const qsizetype row = m_draft->indexOf(productId);
    std::optional<DraftLine> before;
    if (row >= 0)
        before = m_draft->lines().at(row);
    DraftLine after = before.value_or(DraftLine{productId, {}, std::nullopt, std::nullopt});
    after.quantity = quantity;
    if (before && *before == after) {
        m_entry->restart();
        return;
    }
    if (m_draft->isClosed(productId, now()) && !confirmLate({product->product.catalogueId})) {
        if (!inTable)
            m_entry->restart();
        return;
    }
    m_undo->push(new LineEditCommand(*m_lines, before, after, row >= 0 ? row : m_draft->lines().size(),
                                     product->product.name));
    const qsizetype shown = m_draft->indexOf(productId);
    m_table->selectRow(int(shown));
    showMessage(tr("%1: %2 — %3")
                    .arg(product->product.name, QuantityText::display(product->product, quantity),
                         OrderDisplay::money(m_draft->amount(m_draft->lines().at(shown)), m_offer.currency)));
    if (!inTable)
        m_entry->restart();
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
        m_entry->productField()->setFocus();
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
    m_entry->productField()->setFocus();
}

bool OrderDialog::confirmLate(const QStringList &catalogueIds)
{
    QList<LateRule::ClosedCatalogue> asked;
    for (const QString &catalogueId : catalogueIds) {
        if (m_confirmedLate.contains(catalogueId))
            continue;
        if (const OfferedCatalogue *catalogue = m_offer.catalogue(catalogueId))
            asked.append({catalogue->name, catalogue->window.closesAt});
    }
    if (asked.isEmpty())
        return true;
    const auto answer = DialogSeams::question(
        this, tr("Ordering is closed"),
        tr("Ordering is closed: %1.\n\nThe producer may already have printed their summary. Make the change "
           "anyway? It will be recorded as a late change, with your name.")
            .arg(LateRule::describe(asked, m_store.timeZone())),
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
    const QStringList late = m_draft->lateCatalogues(now(), validate);
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
        m_member->field()->setFocus();
        return;
    }
    if (m_draft && m_draft->lines().isEmpty() && !m_draft->basket()) {
        showMessage(tr("Add at least one product to the order."), true);
        m_entry->productField()->setFocus();
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
    if (m_member->closeNewMember())
        return;
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
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_table->currentIndex().row();
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Up && row <= 0) {
            m_entry->productField()->setFocus();
            return true;
        }
        // While a quantity is being edited the keys go to its editor, not here.
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && row >= 0) {
            m_table->edit(m_lines->index(row, OrderLinesModel::QuantityColumn));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OrderDialog::focusLines()
{
    if (!m_lines || m_lines->rowCount() == 0)
        return;
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
