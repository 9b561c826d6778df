#include "DistributionEditDialog.h"

#include "ImpactText.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "store/Store.h"
#include "widgets/DialogSeams.h"
#include "widgets/DisplayText.h"
#include "widgets/FormErrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { NameColumn, OpensColumn, ClosesColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole;
const QString readingFormat = u"ddd d MMM yyyy HH:mm"_s;
}

DistributionEditDialog::DistributionEditDialog(Store &store, const QString &distributionId, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_zone(store.timeZone()),
      m_place(new QComboBox(this)),
      m_date(new QDateEdit(this)),
      m_start(new QTimeEdit(this)),
      m_end(new QTimeEdit(this)),
      m_catalogues(new QTableWidget(0, ColumnCount, this)),
      m_errors(new FormErrors(this))
{
    setObjectName(u"distributionEditDialog"_s);
    setWindowTitle(tr("Change a distribution"));
    if (auto found = CalendarService(store).distribution(distributionId))
        m_distribution = *found;

    m_place->setObjectName(u"placeCombo"_s);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_start->setObjectName(u"startTime"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end->setObjectName(u"endTime"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_catalogues->setObjectName(u"windowTable"_s);
    m_catalogues->setHorizontalHeaderLabels({tr("Catalogue"), tr("Orders open"), tr("Orders close")});
    m_catalogues->verticalHeader()->hide();
    m_catalogues->setWordWrap(false);
    m_catalogues->setSelectionMode(QAbstractItemView::NoSelection);
    m_catalogues->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_catalogues->horizontalHeader()->setSectionResizeMode(OpensColumn, QHeaderView::ResizeToContents);
    m_catalogues->horizontalHeader()->setSectionResizeMode(ClosesColumn, QHeaderView::ResizeToContents);
    m_date->setMaximumWidth(200);

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(QString(), m_errors->add(u"placeId"_s, m_place));
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_errors->add(u"date"_s, m_date));
    auto *hoursLabel = new QLabel(tr("&Hours:"), this);
    hoursLabel->setBuddy(m_start);
    form->addRow(hoursLabel, hours);
    form->addRow(QString(), m_errors->add({u"startTime"_s, u"endTime"_s}, m_start));

    auto *reset = new QPushButton(tr("&Reset to the catalogues’ rules"), this);
    reset->setObjectName(u"resetWindowsButton"_s);
    reset->setAutoDefault(false);
    auto *windowsTitle = new QLabel(tr("Ca&talogues taking part, and when each takes orders for this distribution:"), this);
    windowsTitle->setBuddy(m_catalogues);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(windowsTitle);
    layout->addWidget(m_catalogues, 1);
    layout->addWidget(m_errors->add(u"windows"_s, m_catalogues));
    auto *resetRow = new QHBoxLayout;
    resetRow->addWidget(new QLabel(tr("Times are on the group’s clock (%1).").arg(QString::fromUtf8(m_zone.id())), this));
    resetRow->addStretch(1);
    resetRow->addWidget(reset);
    layout->addLayout(resetRow);
    layout->addWidget(m_errors->general());
    layout->addWidget(buttons);

    loadPlaces();
    m_date->setDate(m_distribution.date);
    m_start->setTime(m_distribution.startTime);
    m_end->setTime(m_distribution.endTime);
    m_wallStart = QDateTime(m_distribution.date, m_distribution.startTime, QTimeZone::utc());
    loadCatalogues();

    connect(buttons, &QDialogButtonBox::accepted, this, &DistributionEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DistributionEditDialog::reject);
    connect(reset, &QPushButton::clicked, this, &DistributionEditDialog::resetWindowsToRules);
    connect(m_date, &QDateEdit::dateChanged, this, &DistributionEditDialog::scheduleChanged);
    connect(m_start, &QTimeEdit::timeChanged, this, &DistributionEditDialog::scheduleChanged);
    connect(m_catalogues, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == NameColumn)
            catalogueToggled(item->row());
    });
    resize(760, sizeHint().height());
}

QDateTime DistributionEditDialog::reading(const QDateTime &instant) const
{
    const QDateTime local = instant.toTimeZone(m_zone);
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

QDateTime DistributionEditDialog::instant(const QDateTime &wallReading) const
{
    return OrderingRule::wallClockToUtc(wallReading.date(), wallReading.time(), m_zone);
}

void DistributionEditDialog::loadPlaces()
{
    auto places = CalendarService(m_store).places(true);
    for (const Place &place : places ? *places : QList<Place>()) {
        if (place.archived && place.id != m_distribution.placeId)
            continue;
        m_place->addItem(place.town.isEmpty() ? place.name : tr("%1, %2").arg(place.name, place.town), place.id);
    }
    m_place->setCurrentIndex(std::max(0, m_place->findData(m_distribution.placeId)));
}

void DistributionEditDialog::loadCatalogues()
{
    CatalogueService catalogues(m_store);
    auto windows = CalendarService(m_store).windows(m_distribution.id);
    QHash<QString, OrderingWindow> taking;
    for (const OrderingWindow &window : windows ? *windows : QList<OrderingWindow>())
        taking.insert(window.catalogueId, window);
    auto all = catalogues.catalogues();
    auto active = catalogues.activeCatalogues();
    QSet<QString> activeIds;
    for (const Catalogue &catalogue : active ? *active : QList<Catalogue>())
        activeIds.insert(catalogue.id);

    const QSignalBlocker blocker(m_catalogues);
    for (const Catalogue &catalogue : all ? *all : QList<Catalogue>()) {
        if (!taking.contains(catalogue.id) && !activeIds.contains(catalogue.id))
            continue;
        const int row = m_catalogues->rowCount();
        m_catalogues->insertRow(row);
        auto *name = new QTableWidgetItem(catalogue.name);
        name->setData(IdRole, catalogue.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(taking.contains(catalogue.id) ? Qt::Checked : Qt::Unchecked);
        m_catalogues->setItem(row, NameColumn, name);
        for (const int column : {int(OpensColumn), int(ClosesColumn)}) {
            auto *edit = new QDateTimeEdit(m_catalogues);
            edit->setObjectName(u"%1%2"_s.arg(column == OpensColumn ? u"opens"_s : u"closes"_s).arg(row));
            edit->setTimeSpec(Qt::UTC); // holds wall-clock readings, see reading()
            edit->setDisplayFormat(readingFormat);
            edit->setCalendarPopup(true);
            m_catalogues->setCellWidget(row, column, edit);
        }
        if (taking.contains(catalogue.id)) {
            windowEdit(row, OpensColumn)->setDateTime(reading(taking.value(catalogue.id).opensAt));
            windowEdit(row, ClosesColumn)->setDateTime(reading(taking.value(catalogue.id).closesAt));
        } else {
            catalogueToggled(row);
        }
    }
    if (m_catalogues->rowCount() > 0) {
        const int rowHeight = windowEdit(0, OpensColumn)->sizeHint().height() + 4;
        m_catalogues->verticalHeader()->setDefaultSectionSize(rowHeight);
        m_catalogues->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_catalogues->setMinimumHeight(m_catalogues->horizontalHeader()->sizeHint().height()
                                       + std::min(m_catalogues->rowCount(), 8) * rowHeight + 4);
    }
    m_catalogues->resizeColumnToContents(OpensColumn);
    m_catalogues->resizeColumnToContents(ClosesColumn);
}

QDateTimeEdit *DistributionEditDialog::windowEdit(int row, int column) const
{
    return qobject_cast<QDateTimeEdit *>(m_catalogues->cellWidget(row, column));
}

void DistributionEditDialog::catalogueToggled(int row)
{
    const bool on = m_catalogues->item(row, NameColumn)->checkState() == Qt::Checked;
    windowEdit(row, OpensColumn)->setEnabled(on);
    windowEdit(row, ClosesColumn)->setEnabled(on);
    if (on) {
        // A catalogue joining gets its rule's window.
        const Distribution distribution = formDistribution();
        auto windows = CalendarService(m_store)
                           .windowsFromRules(distribution, {m_catalogues->item(row, NameColumn)->data(IdRole).toString()});
        if (windows && !windows->isEmpty()) {
            windowEdit(row, OpensColumn)->setDateTime(reading(windows->first().opensAt));
            windowEdit(row, ClosesColumn)->setDateTime(reading(windows->first().closesAt));
        }
    }
}

void DistributionEditDialog::scheduleChanged()
{
    // The windows move with the distribution on the wall clock, keeping their distance to it.
    const QDateTime wallStart(m_date->date(), m_start->time(), QTimeZone::utc());
    const qint64 shift = m_wallStart.secsTo(wallStart);
    m_wallStart = wallStart;
    if (shift == 0)
        return;
    for (int row = 0; row < m_catalogues->rowCount(); ++row) {
        for (const int column : {int(OpensColumn), int(ClosesColumn)}) {
            QDateTimeEdit *edit = windowEdit(row, column);
            edit->setDateTime(edit->dateTime().addSecs(shift));
        }
    }
}

void DistributionEditDialog::resetWindowsToRules()
{
    for (int row = 0; row < m_catalogues->rowCount(); ++row) {
        if (m_catalogues->item(row, NameColumn)->checkState() == Qt::Checked)
            catalogueToggled(row);
    }
}

Distribution DistributionEditDialog::formDistribution() const
{
    Distribution distribution = m_distribution;
    distribution.placeId = m_place->currentData().toString();
    distribution.date = m_date->date();
    distribution.startTime = m_start->time();
    distribution.endTime = m_end->time();
    return distribution;
}

QList<OrderingWindow> DistributionEditDialog::formWindows() const
{
    QList<OrderingWindow> windows;
    for (int row = 0; row < m_catalogues->rowCount(); ++row) {
        const QTableWidgetItem *name = m_catalogues->item(row, NameColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        OrderingWindow window;
        window.distributionId = m_distribution.id;
        window.catalogueId = name->data(IdRole).toString();
        window.opensAt = instant(windowEdit(row, OpensColumn)->dateTime());
        window.closesAt = instant(windowEdit(row, ClosesColumn)->dateTime());
        windows.append(window);
    }
    return windows;
}

void DistributionEditDialog::accept()
{
    CalendarService calendar(m_store);
    const Distribution changed = formDistribution();
    const QList<OrderingWindow> windows = formWindows();
    Status outcome = calendar.updateDistribution(changed, windows, false);
    if (!outcome && outcome.error().kind() == ErrorKind::NeedsConfirmation) {
        auto impact = calendar.impact(m_distribution.id);
        const QString question = ImpactText::question(
            tr("Move the distribution to %1, %2 at %3?")
                .arg(DisplayText::longDate(changed.date), DisplayText::timeRange(changed.startTime, changed.endTime),
                     m_place->currentText()),
            impact ? *impact : DistributionImpact(), tr("The orders move with the distribution."));
        if (DialogSeams::question(this, tr("Move a distribution"), question, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No)
            != QMessageBox::Yes)
            return;
        outcome = calendar.updateDistribution(changed, windows, true);
    }
    if (!outcome) {
        m_errors->show(outcome.error());
        return;
    }
    emit saved(m_distribution.id, changed.date);
    QDialog::accept();
}
