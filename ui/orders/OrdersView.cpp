#include "OrdersView.h"

#include "CatalogueTotalsModel.h"
#include "OrderDialog.h"
#include "OrderDisplay.h"
#include "OrderListModel.h"
#include "common/SearchText.h"
#include "i18n/DomainWords.h"
#include "services/CalendarService.h"
#include "services/OrderService.h"
#include "workspace/Workspace.h"
#include "store/Store.h"
#include "widgets/DialogSeams.h"
#include "widgets/DisplayText.h"
#include "widgets/TableLook.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    pushButton->setAutoDefault(false);
    return pushButton;
}

}

OrdersView::OrdersView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_distribution(new QComboBox(this)),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_catalogue(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_new(button(tr("+ New order  Ctrl+N"), u"newOrderButton"_s, this)),
      m_table(new QTableView(this)),
      m_anonymous(new QLabel(this)),
      m_totals(new QTableView(this)),
      m_open(button(tr("Open  ⏎"), u"openOrderButton"_s, this)),
      m_validate(button(tr("Validate"), u"validateSelectedButton"_s, this)),
      m_cancel(button(tr("Cancel the order…"), u"cancelSelectedButton"_s, this)),
      m_model(new OrderListModel(this)),
      m_totalsModel(new CatalogueTotalsModel(this))
{
    setObjectName(u"ordersView"_s);
    setWindowTitle(tr("Orders"));
    m_distribution->setObjectName(u"ordersDistribution"_s);
    m_distribution->setMinimumWidth(260);
    m_title->setObjectName(u"ordersTitle"_s);
    m_subtitle->setObjectName(u"ordersSubtitle"_s);
    m_catalogue->setObjectName(u"ordersCatalogue"_s);
    m_catalogue->setMinimumWidth(220);
    m_status->setObjectName(u"ordersStatus"_s);
    m_status->addItem(tr("Every status"), -1);
    m_status->addItem(DomainWords::basketStatus(Basket::Status::InProgress), int(Basket::Status::InProgress));
    m_status->addItem(DomainWords::basketStatus(Basket::Status::Validated), int(Basket::Status::Validated));
    m_status->addItem(DomainWords::basketStatus(Basket::Status::Cancelled), int(Basket::Status::Cancelled));
    m_search->setObjectName(u"ordersSearch"_s);
    m_search->setPlaceholderText(tr("Find a member…"));
    m_search->setClearButtonEnabled(true);
    m_anonymous->setObjectName(u"anonymousCarts"_s);

    m_table->setObjectName(u"ordersTable"_s);
    m_table->setModel(m_model);
    TableLook::apply(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OrderListModel::Member, QHeaderView::Stretch);
    m_totals->setObjectName(u"catalogueTotals"_s);
    m_totals->setModel(m_totalsModel);
    TableLook::apply(m_totals);
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->horizontalHeader()->setSectionResizeMode(CatalogueTotalsModel::Catalogue, QHeaderView::Stretch);
    m_totals->setFocusPolicy(Qt::NoFocus);
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    top->addLayout(heading, 1);
    auto *distributionLabel = new QLabel(tr("&Distribution"), this);
    distributionLabel->setBuddy(m_distribution);
    top->addWidget(distributionLabel);
    top->addWidget(m_distribution);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_catalogue, 1);
    filters->addWidget(m_status);
    filters->addStretch();
    filters->addWidget(m_new);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    auto *below = new QHBoxLayout;
    below->addWidget(m_anonymous, 1);
    below->addWidget(m_open);
    below->addWidget(m_validate);
    below->addWidget(m_cancel);
    layout->addLayout(below);
    auto *totalsTitle = new QLabel(tr("Totals per catalogue"), this);
    totalsTitle->setObjectName(u"totalsTitle"_s);
    layout->addWidget(totalsTitle);
    layout->addWidget(m_totals);

    setStyleSheet(u"QLabel#ordersTitle { font-size: 15pt; font-weight: 600; }"
                  "QLabel#ordersSubtitle, QLabel#anonymousCarts { color: palette(placeholder-text); }"
                  "QLabel#totalsTitle { font-weight: 600; margin-top: 6px; }"
                  "QPushButton#newOrderButton { font-weight: 600; padding: 4px 12px; }"_s);

    const auto action = [this](const QString &objectName, const QKeySequence &key, void (OrdersView::*slot)(),
                               QWidget *on, Qt::ShortcutContext context) {
        auto *shortcut = new QAction(this);
        shortcut->setObjectName(objectName);
        shortcut->setShortcut(key);
        shortcut->setShortcutContext(context);
        connect(shortcut, &QAction::triggered, this, slot);
        on->addAction(shortcut);
    };
    action(u"actionNewOrder"_s, QKeySequence::New, &OrdersView::newOrder, this, Qt::WidgetWithChildrenShortcut);
    action(u"actionReloadOrders"_s, QKeySequence::Refresh, &OrdersView::reload, this, Qt::WidgetWithChildrenShortcut);
    action(u"actionOpenOrder"_s, QKeySequence(Qt::Key_Return), &OrdersView::openSelected, m_table, Qt::WidgetShortcut);
    action(u"actionOpenOrderEnter"_s, QKeySequence(Qt::Key_Enter), &OrdersView::openSelected, m_table,
           Qt::WidgetShortcut);

    connect(m_new, &QPushButton::clicked, this, &OrdersView::newOrder);
    connect(m_open, &QPushButton::clicked, this, &OrdersView::openSelected);
    connect(m_validate, &QPushButton::clicked, this, &OrdersView::validateSelected);
    connect(m_cancel, &QPushButton::clicked, this, &OrdersView::cancelSelected);
    connect(m_table, &QTableView::doubleClicked, this, &OrdersView::openSelected);
    connect(m_search, &QLineEdit::textChanged, this, &OrdersView::showRows);
    connect(m_catalogue, &QComboBox::currentIndexChanged, this, &OrdersView::showRows);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersView::showRows);
    connect(m_distribution, &QComboBox::activated, this, [this](int index) {
        showDistribution(m_distribution->itemData(index).toString());
    });
    connect(&m_workspace, &Workspace::dataChanged, this, &OrdersView::reload);
    connect(&m_workspace, &Workspace::opened, this, [this] {
        if (!m_workspace.isOpen())
            close();
    });
    resize(1120, 760);
}

void OrdersView::fillDistributions()
{
    Store &store = m_workspace.store();
    const QDate today = store.today();
    auto distributions = CalendarService(store).distributionsBetween(today.addDays(-35), today.addDays(63));
    m_distribution->blockSignals(true);
    m_distribution->clear();
    int current = -1;
    if (distributions) {
        for (const Distribution &distribution : *distributions) {
            if (distribution.id == m_distributionId)
                current = m_distribution->count();
            m_distribution->addItem(DisplayText::longDate(distribution.date), distribution.id);
        }
    }
    if (current < 0 && !m_distributionId.isEmpty()) {
        auto chosen = CalendarService(store).distribution(m_distributionId);
        current = m_distribution->count();
        m_distribution->addItem(chosen ? DisplayText::longDate(chosen->date) : m_distributionId, m_distributionId);
    }
    m_distribution->setCurrentIndex(current);
    m_distribution->blockSignals(false);
}

void OrdersView::showDistribution(const QString &distributionId, const QString &catalogueId)
{
    QString wanted = distributionId;
    if (wanted.isEmpty() && m_workspace.isOpen()) {
        // The next distribution from today (where the catalogue takes part, when one is given).
        Store &store = m_workspace.store();
        CalendarService calendar(store);
        const QDate today = store.today();
        auto coming = calendar.distributionsBetween(today, today.addYears(1));
        for (const Distribution &distribution : coming ? *coming : QList<Distribution>()) {
            auto windows = catalogueId.isEmpty() ? Result<QList<OrderingWindow>>(QList<OrderingWindow>())
                                                 : calendar.windows(distribution.id);
            const bool takesPart = catalogueId.isEmpty()
                || (windows && std::any_of(windows->cbegin(), windows->cend(), [&](const OrderingWindow &window) {
                       return window.catalogueId == catalogueId;
                   }));
            if (takesPart) {
                wanted = distribution.id;
                break;
            }
        }
    }
    m_distributionId = wanted;
    reload();
    if (!catalogueId.isEmpty()) {
        const int index = m_catalogue->findData(catalogueId);
        if (index >= 0)
            m_catalogue->setCurrentIndex(index);
    }
    m_table->setFocus();
}

void OrdersView::reload()
{
    if (!m_workspace.isOpen() || m_distributionId.isEmpty()) {
        m_title->setText(tr("No distribution to show"));
        m_model->setRows({}, {}, {});
        return;
    }
    Store &store = m_workspace.store();
    const QString keptBasket = selected() ? selected()->basketId : QString();
    const QString keptCatalogue = m_catalogue->currentData().toString();
    fillDistributions();
    auto actor = OrderService(store).actor();
    auto orders = actor ? DistributionOrdersQuery(store).of(m_distributionId, *actor)
                        : Result<DistributionOrders>(actor.error());
    if (!orders) {
        m_title->setText(orders.error().message());
        m_model->setRows({}, {}, {});
        return;
    }
    m_orders = std::move(orders).value();

    const Distribution &distribution = m_orders.distribution;
    m_title->setText(tr("Orders for %1").arg(DisplayText::longDate(distribution.date)));
    QStringList subtitle{m_orders.placeName, DisplayText::timeRange(distribution.startTime, distribution.endTime)};
    if (distribution.cancelled)
        subtitle.append(tr("cancelled"));
    if (actor->isProducer())
        subtitle.append(tr("producer mode: your catalogues only"));
    m_subtitle->setText(subtitle.join(u"  ·  "_s));
    setWindowTitle(tr("Orders — %1").arg(DisplayText::shortDate(distribution.date)));

    m_catalogue->blockSignals(true);
    m_catalogue->clear();
    m_catalogue->addItem(actor->isProducer() ? tr("All my catalogues") : tr("Every catalogue"), QString());
    for (const CatalogueOrders &catalogue : m_orders.catalogues)
        m_catalogue->addItem(catalogue.name, catalogue.catalogueId);
    m_catalogue->setCurrentIndex(std::max(0, m_catalogue->findData(keptCatalogue)));
    m_catalogue->blockSignals(false);
    m_new->setEnabled(!distribution.cancelled);

    showRows();
    const int row = m_model->rowOf(keptBasket);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void OrdersView::showRows()
{
    Store *store = m_workspace.isOpen() ? &m_workspace.store() : nullptr;
    if (!store)
        return;
    const QString catalogueId = m_catalogue->currentData().toString();
    const int status = m_status->currentData().toInt();
    const QString search = SearchText::fold(m_search->text());
    QList<OrderRow> rows;
    int carts = 0;
    qint64 cartCents = 0;
    int validated = 0;
    int inProgress = 0;
    for (const OrderRow &row : m_orders.forCatalogue(catalogueId)) {
        if (row.isAnonymous()) {
            if (row.status != Basket::Status::Cancelled) {
                ++carts;
                cartCents += row.totalCents;
            }
            continue;
        }
        if (status >= 0 && int(row.status) != status)
            continue;
        if (!search.isEmpty() && !SearchText::fold(row.memberName + u' ' + row.phone).contains(search))
            continue;
        rows.append(row);
        validated += row.status == Basket::Status::Validated ? 1 : 0;
        inProgress += row.status == Basket::Status::InProgress ? 1 : 0;
    }
    m_model->setRows(rows, m_orders.currency, store->timeZone());
    // Each column as wide as its widest text plus some air (ResizeToContents leaves none, and
    // the coloured statuses then touch their neighbours); the member's name takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < OrderListModel::ColumnCount; ++column) {
        if (column == OrderListModel::Member)
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 16);
    }
    const QString shown = tr("%n order(s): %1 validated, %2 in progress.", nullptr, int(rows.size()))
                              .arg(validated)
                              .arg(inProgress);
    m_anonymous->setText(shown + u"   "_s
                         + (carts == 0 ? tr("No anonymous cart.")
                                       : tr("%n anonymous cart(s), %1 — started without an account: the people "
                                            "are unknown.", nullptr, carts)
                                             .arg(OrderDisplay::money(cartCents, m_orders.currency))));
    QList<CatalogueOrders> catalogues;
    for (const CatalogueOrders &catalogue : m_orders.catalogues) {
        if (catalogueId.isEmpty() || catalogue.catalogueId == catalogueId)
            catalogues.append(catalogue);
    }
    m_totalsModel->setCatalogues(catalogues, m_orders.currency, store->clock().now(), store->timeZone());
    // As tall as its rows, up to a few: the orders keep the room.
    const int rowsShown = std::min(m_totalsModel->rowCount(), 7);
    m_totals->setFixedHeight(m_totals->horizontalHeader()->sizeHint().height()
                             + rowsShown * m_totals->verticalHeader()->defaultSectionSize() + 2 * m_totals->frameWidth());
}

const OrderRow *OrdersView::selected() const
{
    return m_model->rowAt(m_table->currentIndex().row());
}

OrderDialog *OrdersView::openDialog() const
{
    return findChild<OrderDialog *>();
}

void OrdersView::openDialogOn(const QString &basketId)
{
    if (!m_workspace.isOpen() || m_distributionId.isEmpty() || openDialog())
        return;
    auto *dialog = new OrderDialog(m_workspace.store(), m_distributionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = dialog->load(); !loaded) {
        DialogSeams::warning(this, tr("Orders"), loaded.error().message());
        dialog->deleteLater();
        return;
    }
    if (!basketId.isEmpty()) {
        if (Status opened = dialog->openBasket(basketId); !opened) {
            DialogSeams::warning(this, tr("Orders"), opened.error().message());
            dialog->deleteLater();
            return;
        }
    }
    connect(dialog, &OrderDialog::saved, this, [this](const QString &savedId) {
        emit m_workspace.dataChanged();
        const int row = m_model->rowOf(savedId);
        if (row >= 0)
            m_table->selectRow(row);
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void OrdersView::newOrder()
{
    openDialogOn({});
}

void OrdersView::openSelected()
{
    if (const OrderRow *row = selected())
        openDialogOn(row->basketId);
}

void OrdersView::validateSelected()
{
    const OrderRow *row = selected();
    if (!row || row->status == Basket::Status::Validated)
        return;
    const QString basketId = row->basketId;
    OrderService orders(m_workspace.store());
    Status done = orders.validate(basketId, LatePolicy::Refuse);
    if (!done && done.error().kind() == ErrorKind::NeedsConfirmation
        && DialogSeams::question(this, tr("Ordering is closed"), done.error().message(),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes)
        done = orders.validate(basketId, LatePolicy::Record);
    if (!done && done.error().kind() != ErrorKind::NeedsConfirmation)
        DialogSeams::warning(this, tr("Orders"), done.error().message());
    emit m_workspace.dataChanged();
}

void OrdersView::cancelSelected()
{
    const OrderRow *row = selected();
    if (!row || row->status == Basket::Status::Cancelled)
        return;
    const QString basketId = row->basketId;
    if (DialogSeams::question(this, tr("Cancel the order"),
                              tr("Cancel the order of %1 (%2)? It stays recorded and can be reopened.")
                                  .arg(row->memberName, OrderDisplay::money(row->totalCents, m_orders.currency)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    OrderService orders(m_workspace.store());
    Status done = orders.cancel(basketId, LatePolicy::Refuse);
    if (!done && done.error().kind() == ErrorKind::NeedsConfirmation
        && DialogSeams::question(this, tr("Ordering is closed"), done.error().message(),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes)
        done = orders.cancel(basketId, LatePolicy::Record);
    if (!done && done.error().kind() != ErrorKind::NeedsConfirmation)
        DialogSeams::warning(this, tr("Orders"), done.error().message());
    emit m_workspace.dataChanged();
}
