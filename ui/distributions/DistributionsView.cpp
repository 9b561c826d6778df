#include "DistributionsView.h"

#include "DistributionCalendar.h"
#include "DistributionDayPanel.h"
#include "DistributionDialog.h"
#include "DistributionEditDialog.h"
#include "DistributionTableModel.h"
#include "ImpactText.h"
#include "OfferDialog.h"
#include "PlacesDialog.h"
#include "i18n/DomainWords.h"
#include "services/CalendarService.h"
#include "services/CatalogueAccess.h"
#include "services/CatalogueService.h"
#include "store/Store.h"
#include "widgets/AreaParts.h"
#include "widgets/DialogSeams.h"
#include "widgets/DisplayText.h"
#include "widgets/TableLook.h"
#include "widgets/UndoBar.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QWidget *legend(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 0);
    for (const auto status : {Distribution::Status::Planned, Distribution::Status::Open, Distribution::Status::Closed,
                              Distribution::Status::Distributed, Distribution::Status::Cancelled}) {
        auto *swatch = new QLabel(row);
        swatch->setFixedSize(14, 14);
        const QColor colour = DisplayText::distributionStatusColor(status);
        swatch->setStyleSheet(u"background: %1; border: 1px solid %2; border-left: 4px solid %2;"_s.arg(
            colour.name(), DistributionCalendar::statusAccent(status).name()));
        layout->addWidget(swatch);
        layout->addWidget(new QLabel(DomainWords::distributionStatus(status), row));
        layout->addSpacing(10);
    }
    layout->addStretch(1);
    return row;
}


}

DistributionsView::DistributionsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_calendar(new DistributionCalendar(this)),
      m_table(new QTableView(this)),
      m_model(new DistributionTableModel(this)),
      m_tabs(new QTabWidget(this)),
      m_day(new DistributionDayPanel(this)),
      m_undo(new UndoBar(this, u"distributions"_s))
{
    m_orders = AreaParts::action(this, u"actionDistributionOrders"_s, tr("&Orders of this distribution…"), {},
                                 &DistributionsView::showOrders);
    m_orders->setToolTip(tr("Take and follow the orders of this distribution (Enter or a double click on its day)"));
    m_new = AreaParts::action(this, u"actionNewDistribution"_s, tr("&New distribution…"), QKeySequence::New,
                              &DistributionsView::newDistribution);
    m_edit = AreaParts::action(this, u"actionEditDistribution"_s, tr("&Change date, place, catalogues…"),
                               QKeySequence(Qt::Key_F2), &DistributionsView::editDistribution);
    m_offer = AreaParts::action(this, u"actionDistributionOffer"_s, tr("O&ffer and stock…"),
                                QKeySequence(u"Ctrl+Shift+O"_s), &DistributionsView::editOffer);
    m_distributed = AreaParts::action(this, u"actionMarkDistributed"_s, tr("&Mark as handed out"),
                                      QKeySequence(u"Ctrl+Shift+D"_s), &DistributionsView::toggleDistributed);
    m_cancel = AreaParts::action(this, u"actionCancelDistribution"_s, tr("Cance&l this distribution…"),
                                 QKeySequence::Delete, &DistributionsView::cancelDistribution);
    m_reinstate = AreaParts::action(this, u"actionReinstateDistribution"_s, tr("&Reinstate this distribution"), {},
                                    &DistributionsView::reinstateDistribution);
    m_places = AreaParts::action(this, u"actionPlaces"_s, tr("&Places…"), QKeySequence(u"Ctrl+Shift+L"_s),
                                 &DistributionsView::managePlaces);

    m_table->setObjectName(u"distributionTable"_s);
    m_table->setModel(m_model);
    TableLook::apply(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DistributionTableModel::Place, QHeaderView::Stretch);

    auto *monthPage = new QWidget(this);
    auto *monthLayout = new QVBoxLayout(monthPage);
    monthLayout->setContentsMargins(0, 4, 0, 0);
    monthLayout->addWidget(m_calendar, 1);
    monthLayout->addWidget(legend(monthPage));
    m_tabs->setObjectName(u"distributionTabs"_s);
    m_tabs->addTab(monthPage, tr("Month"));
    m_tabs->addTab(m_table, tr("List"));

    m_day->addActions({m_orders, m_edit, m_offer, m_distributed, m_cancel, m_reinstate});
    m_day->setMinimumWidth(280);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_day);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *today = new QPushButton(tr("&Today"), this);
    today->setObjectName(u"todayButton"_s);
    QToolButton *newButton = AreaParts::button(m_new, this, u"newDistributionButton"_s);
    QToolButton *placesButton = AreaParts::button(m_places, this, u"placesButton"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(AreaParts::title(tr("Distributions"), this));
    top->addStretch(1);
    top->addWidget(today);
    top->addWidget(placesButton);
    top->addWidget(newButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_undo);

    connect(today, &QPushButton::clicked, this, [this] { showDate(this->today()); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &DistributionsView::loadCalendar);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &DistributionsView::showSelectedDay);
    // Enter or a double click on a day: its orders, or a new distribution on an empty day.
    connect(m_calendar, &QCalendarWidget::activated, this, [this] {
        if (current())
            showOrders();
        else if (m_new->isEnabled())
            newDistribution();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const DistributionOverview *overview = m_model->overviewAt(index.row())) {
            showDate(overview->distribution.date);
            m_day->select(overview->distribution.id);
        }
    });
    connect(m_table, &QTableView::activated, this, &DistributionsView::showOrders);
    connect(m_day, &DistributionDayPanel::currentChanged, this, &DistributionsView::updateActions);
    connect(&m_workspace, &Workspace::opened, this, [this] {
        m_firstShow = true;
        reload();
    });
    connect(&m_workspace, &Workspace::dataChanged, this, &DistributionsView::reload);
    reload();
}

QList<QAction *> DistributionsView::menuActions() const
{
    return {m_orders, nullptr, m_new, m_edit, m_offer, m_distributed, m_cancel, m_reinstate, nullptr, m_places};
}

QDate DistributionsView::today()
{
    if (!m_workspace.isOpen())
        return {};
    Store &store = m_workspace.store();
    return store.today();
}

void DistributionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIfStale();
    // Coming to the area puts the keyboard in the calendar, so that its shortcuts work at once.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_calendar->setFocus(Qt::OtherFocusReason);
}

void DistributionsView::reload()
{
    if (!m_workspace.isOpen()) {
        m_stale = false;
        m_model->setOverviews({});
        m_calendar->setOverviews({});
        m_day->showDay({}, {}, {}, QTimeZone::utc());
        updateActions();
        return;
    }
    m_calendar->setToday(today());
    loadProducerMode();
    m_stale = true;
    if (isVisible())
        load();
    else
        updateActions();
}

void DistributionsView::loadIfStale()
{
    if (m_stale && m_workspace.isOpen())
        load();
}

void DistributionsView::load()
{
    m_stale = false;
    loadList();
    bool calendarLoaded = false;
    if (m_firstShow) {
        // The next distribution is in view first.
        m_firstShow = false;
        const int next = m_model->firstRowFrom(today());
        const QDate date = next >= 0 ? m_model->overviewAt(next)->distribution.date : today();
        const auto page = [this] { return std::pair(m_calendar->yearShown(), m_calendar->monthShown()); };
        const auto pageBefore = page();
        showDate(date);
        // A new page was loaded as it came (currentPageChanged): not twice.
        calendarLoaded = page() != pageBefore;
        if (next >= 0) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->selectRow(next);
            m_table->scrollTo(m_model->index(next, 0), QAbstractItemView::PositionAtCenter);
        }
    }
    if (!calendarLoaded)
        loadCalendar();
}

void DistributionsView::loadList()
{
    const QDate now = today();
    auto overviews = DistributionOverviewQuery(m_workspace.store()).between(now.addMonths(-6), now.addMonths(6));
    const QList<DistributionOverview> list = overviews ? std::move(overviews).value() : QList<DistributionOverview>();
    // A group with one place needs no column repeating it: the day beside names it, and the
    // columns people compare (status, orders, amounts) keep their room.
    QSet<QString> places;
    for (const DistributionOverview &overview : list)
        places.insert(overview.distribution.placeId);
    m_table->setColumnHidden(DistributionTableModel::Place, places.size() <= 1);
    // The orders and amounts of a whole distribution include other producers' lines.
    for (const int column : {DistributionTableModel::Validated, DistributionTableModel::InProgress,
                             DistributionTableModel::AnonymousCarts, DistributionTableModel::Amount})
        m_table->setColumnHidden(column, m_producerMode);
    m_model->setOverviews(list);
}

void DistributionsView::loadProducerMode()
{
    auto access = CatalogueAccess::of(m_workspace.store());
    m_producerMode = access && access->isProducer();
    QSet<QString> own;
    if (m_producerMode) {
        // The catalogue lists are cut to the producer's own in core.
        auto catalogues = CatalogueService(m_workspace.store()).catalogues();
        for (const Catalogue &catalogue : catalogues ? *catalogues : QList<Catalogue>())
            own.insert(catalogue.id);
    }
    m_day->limitToCatalogues(m_producerMode, own);
}

void DistributionsView::loadCalendar()
{
    // A page turned while the area waits to be shown is read when it is.
    if (!m_workspace.isOpen() || m_stale)
        return;
    auto overviews = DistributionOverviewQuery(m_workspace.store())
                         .between(m_calendar->firstShownDate().addDays(-7), m_calendar->lastShownDate().addDays(7));
    m_calendar->setOverviews(overviews ? std::move(overviews).value() : QList<DistributionOverview>());
    showSelectedDay();
}

void DistributionsView::showDate(QDate date)
{
    if (!date.isValid())
        return;
    if (m_calendar->selectedDate() == date)
        showSelectedDay();
    else
        m_calendar->setSelectedDate(date); // changes the page when needed, then shows the day
}

void DistributionsView::showSelectedDay()
{
    if (!m_workspace.isOpen())
        return;
    const QDate date = m_calendar->selectedDate();
    if (date < m_calendar->firstShownDate() || date > m_calendar->lastShownDate()) {
        m_calendar->setCurrentPage(date.year(), date.month()); // loads the month, then comes back here
        return;
    }
    Store &store = m_workspace.store();
    m_day->showDay(date, m_calendar->overviewsOn(date), store.clock().now(), store.timeZone());
}

const DistributionOverview *DistributionsView::current() const
{
    return m_day->current();
}

void DistributionsView::updateActions()
{
    const DistributionOverview *overview = current();
    const bool open = m_workspace.isOpen();
    const bool cancelled = overview && overview->distribution.cancelled;
    const bool distributed = overview && overview->distribution.distributed;
    const bool coordinator = !m_producerMode;
    const auto reason = [this](const QString &text) { return m_producerMode ? text : QString(); };
    using AreaParts::allowOrSayWhy;
    allowOrSayWhy(m_new, open && coordinator, reason(tr("Only a coordinator can create distributions.")));
    m_orders->setEnabled(overview != nullptr);
    allowOrSayWhy(m_places, open && coordinator, reason(tr("Only a coordinator can add, change or archive places.")));
    allowOrSayWhy(m_edit, overview && !cancelled && !distributed && coordinator,
                  reason(tr("Only a coordinator can change a distribution: its date, place, catalogues and "
                            "ordering windows.")));
    m_offer->setEnabled(overview && !cancelled);
    allowOrSayWhy(m_cancel, overview && !cancelled && !distributed && coordinator,
                  reason(tr("Only a coordinator can cancel a distribution.")));
    m_cancel->setVisible(!cancelled);
    allowOrSayWhy(m_reinstate, cancelled && coordinator, reason(tr("Only a coordinator can reinstate a distribution.")));
    m_reinstate->setVisible(cancelled);
    allowOrSayWhy(m_distributed, overview && !cancelled && coordinator,
                  reason(tr("Only a coordinator can mark a distribution as handed out.")));
    m_distributed->setText(distributed ? tr("Not &handed out after all") : tr("&Mark as handed out"));
}

void DistributionsView::afterChange(const QString &distributionId)
{
    emit m_workspace.dataChanged();
    if (!distributionId.isEmpty())
        m_day->select(distributionId);
}

void DistributionsView::showOrders()
{
    loadIfStale();
    if (const DistributionOverview *overview = current())
        emit ordersRequested(overview->distribution.id);
}

void DistributionsView::newDistribution()
{
    loadIfStale();
    if (!m_workspace.isOpen() || m_producerMode)
        return;
    auto *dialog = new DistributionDialog(m_workspace.store(), m_calendar->selectedDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DistributionDialog::created, this, [this](const QStringList &ids, QDate first) {
        emit m_workspace.dataChanged();
        showDate(first);
        m_undo->tell(tr("%n distribution(s) created.", nullptr, int(ids.size())));
    });
    dialog->open();
}

void DistributionsView::editDistribution()
{
    loadIfStale();
    const DistributionOverview *overview = current();
    if (!overview || overview->distribution.cancelled || overview->distribution.distributed || m_producerMode)
        return;
    auto *dialog = new DistributionEditDialog(m_workspace.store(), overview->distribution.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DistributionEditDialog::saved, this, [this](const QString &id, QDate date) {
        emit m_workspace.dataChanged();
        showDate(date);
        m_day->select(id);
    });
    dialog->open();
}

void DistributionsView::editOffer()
{
    loadIfStale();
    const DistributionOverview *overview = current();
    if (!overview || overview->distribution.cancelled)
        return;
    auto *dialog = new OfferDialog(m_workspace.store(), overview->distribution.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = overview->distribution.id] { afterChange(id); });
    dialog->open();
}

void DistributionsView::cancelDistribution()
{
    loadIfStale();
    const DistributionOverview *overview = current();
    if (!overview || overview->distribution.cancelled || overview->distribution.distributed)
        return;
    const QString id = overview->distribution.id;
    const QString what = tr("the distribution of %1 at %2")
                             .arg(DisplayText::longDate(overview->distribution.date), overview->placeName);
    CalendarService calendar(m_workspace.store());
    auto impact = calendar.impact(id);
    if (!impact) {
        DialogSeams::warning(this, tr("Cancel a distribution"), impact.error().message());
        return;
    }
    const QString question = ImpactText::question(
        tr("Cancel %1?").arg(what), *impact,
        tr("The orders stay recorded but nothing will be handed out."));
    if (DialogSeams::question(this, tr("Cancel a distribution"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (Status done = calendar.cancelDistribution(id, true); !done) {
        DialogSeams::warning(this, tr("Cancel a distribution"), done.error().message());
        return;
    }
    afterChange(id);
    m_undo->offer(tr("You cancelled %1.").arg(what), [this, id, what] {
        if (Status done = CalendarService(m_workspace.store()).reinstateDistribution(id); !done) {
            DialogSeams::warning(this, tr("Reinstate a distribution"), done.error().message());
            return;
        }
        afterChange(id);
        m_undo->tell(tr("You reinstated %1.").arg(what));
    });
}

void DistributionsView::reinstateDistribution()
{
    loadIfStale();
    const DistributionOverview *overview = current();
    if (!overview || !overview->distribution.cancelled)
        return;
    const QString id = overview->distribution.id;
    if (Status done = CalendarService(m_workspace.store()).reinstateDistribution(id); !done) {
        DialogSeams::warning(this, tr("Reinstate a distribution"), done.error().message());
        return;
    }
    afterChange(id);
    m_undo->dismiss();
}

void DistributionsView::toggleDistributed()
{
    loadIfStale();
    const DistributionOverview *overview = current();
    if (!overview || overview->distribution.cancelled)
        return;
    const QString id = overview->distribution.id;
    const bool distributed = !overview->distribution.distributed;
    if (Status done = CalendarService(m_workspace.store()).setDistributed(id, distributed); !done) {
        DialogSeams::warning(this, tr("Distributions"), done.error().message());
        return;
    }
    afterChange(id);
    if (distributed) {
        m_undo->offer(tr("Marked as handed out."), [this, id] {
            if (CalendarService(m_workspace.store()).setDistributed(id, false))
                afterChange(id);
        });
    }
}

void DistributionsView::managePlaces()
{
    if (!m_workspace.isOpen() || m_producerMode)
        return;
    auto *dialog = new PlacesDialog(m_workspace.store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { emit m_workspace.dataChanged(); });
    dialog->open();
}
