#include "DistributionsView.h"

#include "DistributionTableModel.h"
#include "services/CatalogueService.h"
#include "shell/Workspace.h"
#include "store/Store.h"
#include "widgets/DisplayText.h"
#include "widgets/TableLook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DistributionsView::DistributionsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_table(new QTableView(this)),
      m_details(new QLabel(this)),
      m_model(new DistributionTableModel(this))
{
    m_table->setObjectName(u"distributionTable"_s);
    m_table->setModel(m_model);
    TableLook::apply(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DistributionTableModel::Place, QHeaderView::Stretch);

    m_details->setObjectName(u"distributionDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(90);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *header = new QLabel(tr("Distributions"), this);
    header->setObjectName(u"areaTitle"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DistributionsView::showSelection);
    connect(&m_workspace, &Workspace::opened, this, &DistributionsView::reload);
    connect(&m_workspace, &Workspace::dataChanged, this, &DistributionsView::reload);
    reload();
}

void DistributionsView::reload()
{
    if (!m_workspace.isOpen()) {
        m_model->setOverviews({});
        return;
    }
    Store &store = m_workspace.store();
    const QDate today = store.clock().now().toTimeZone(store.timeZone()).date();
    auto overviews = DistributionOverviewQuery(store).between(today.addMonths(-6), today.addMonths(6));
    m_model->setOverviews(overviews ? std::move(overviews).value() : QList<DistributionOverview>());
    const int next = m_model->firstRowFrom(today);
    if (next >= 0) {
        m_table->selectRow(next);
        m_table->scrollTo(m_model->index(next, 0), QAbstractItemView::PositionAtCenter);
    }
    showSelection();
}

void DistributionsView::showSelection()
{
    const DistributionOverview *overview = m_model->overviewAt(m_table->currentIndex().row());
    if (!overview) {
        m_details->setText(tr("Select a distribution to see its ordering windows."));
        return;
    }
    Store &store = m_workspace.store();
    const QTimeZone zone = store.timeZone();
    CatalogueService catalogues(store);
    QString html = u"<b>"_s + DisplayText::longDate(overview->distribution.date).toHtmlEscaped() + u"</b> — "_s
        + overview->placeName.toHtmlEscaped() + u"<br>"_s;
    for (const OrderingWindow &window : overview->windows) {
        auto catalogue = catalogues.catalogue(window.catalogueId);
        const QString name = catalogue ? catalogue->name : window.catalogueId;
        html += tr("%1: orders from %2 to %3")
                    .arg(name.toHtmlEscaped(),
                         DisplayText::dayAndTime(window.opensAt.toTimeZone(zone)),
                         DisplayText::dayAndTime(window.closesAt.toTimeZone(zone)))
            + u"<br>"_s;
    }
    m_details->setText(html);
}
