#include "DistributionDialog.h"

#include "PlaceDialog.h"
#include "i18n/DomainWords.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "store/Store.h"
#include "widgets/DisplayText.h"
#include "widgets/FormErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum CatalogueColumn { NameColumn, OpensDaysColumn, OpensTimeColumn, ClosesColumn, WindowColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole;
constexpr int DateRole = Qt::UserRole;

QDateEdit *dateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"ddd d MMM yyyy"_s);
    edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    return edit;
}

QTimeEdit *timeEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(u"HH:mm"_s);
    return edit;
}
}

DistributionDialog::DistributionDialog(Store &store, QDate date, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_place(new QComboBox(this)),
      m_newPlace(new QPushButton(tr("New &place…"), this)),
      m_date(dateEdit(this, u"firstDate"_s)),
      m_start(timeEdit(this, u"startTime"_s)),
      m_end(timeEdit(this, u"endTime"_s)),
      m_repeat(new QCheckBox(tr("&Repeat every"), this)),
      m_weeks(new QSpinBox(this)),
      m_until(dateEdit(this, u"until"_s)),
      m_catalogues(new QTableWidget(0, ColumnCount, this)),
      m_dates(new QListWidget(this)),
      m_dateCount(new QLabel(this)),
      m_create(new QPushButton(this)),
      m_errors(new FormErrors(this))
{
    setObjectName(u"distributionDialog"_s);
    setWindowTitle(tr("New distribution"));
    m_place->setObjectName(u"placeCombo"_s);
    m_newPlace->setObjectName(u"newPlaceButton"_s);
    m_newPlace->setAutoDefault(false);
    m_repeat->setObjectName(u"repeat"_s);
    m_weeks->setObjectName(u"repeatWeeks"_s);
    m_weeks->setRange(1, 52);
    m_weeks->setSuffix(tr(" week(s)"));
    m_catalogues->setObjectName(u"catalogueTable"_s);
    m_catalogues->setHorizontalHeaderLabels({tr("Catalogue"), tr("Orders open"), tr("at"), tr("Orders close"),
                                             tr("Window of the first date")});
    m_catalogues->verticalHeader()->hide();
    m_catalogues->setWordWrap(false);
    m_catalogues->setTextElideMode(Qt::ElideRight);
    m_catalogues->setSelectionMode(QAbstractItemView::NoSelection);
    // Every column as wide as what it shows, the table (and the dialog) as wide as the columns:
    // catalogue names are read whole.
    m_catalogues->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogues->horizontalHeader()->setStretchLastSection(true);
    m_catalogues->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_dates->setObjectName(u"dateList"_s);
    m_dateCount->setObjectName(u"dateCount"_s);
    m_create->setObjectName(u"createButton"_s);
    m_create->setDefault(true);

    // Where and when.
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_place, 1);
    placeRow->addWidget(m_newPlace);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addStretch(1);
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(m_weeks);
    repeatRow->addWidget(new QLabel(tr("until"), this));
    repeatRow->addWidget(m_until);
    repeatRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A form row given a layout gets no buddy for its mnemonic: these labels are made by hand.
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("P&lace:"), m_place), placeRow);
    form->addRow(QString(), m_errors->add(u"placeId"_s, m_place));
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_errors->add(u"date"_s, m_date));
    form->addRow(buddyLabel(tr("&Hours:"), m_start), hours);
    form->addRow(QString(), m_errors->add({u"startTime"_s, u"endTime"_s}, m_start));
    form->addRow(QString(), repeatRow);
    form->addRow(QString(), m_errors->add({u"repeatEveryWeeks"_s, u"until"_s}, m_until));

    auto *cataloguesTitle = new QLabel(tr("Ca&talogues taking part and their ordering windows:"), this);
    cataloguesTitle->setBuddy(m_catalogues);
    auto *datesTitle = new QLabel(tr("Dates to create (untick the ones to skip):"), this);
    datesTitle->setBuddy(m_dates);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(cataloguesTitle);
    layout->addWidget(m_catalogues);
    layout->addWidget(m_errors->add(u"catalogues"_s, m_catalogues));
    auto *datesHeader = new QHBoxLayout;
    datesHeader->addWidget(datesTitle);
    datesHeader->addStretch(1);
    datesHeader->addWidget(m_dateCount);
    layout->addLayout(datesHeader);
    layout->addWidget(m_dates, 1);
    layout->addWidget(m_errors->add(u"dates"_s, m_dates));
    layout->addWidget(m_errors->general());
    layout->addWidget(buttons);

    loadPlaces({});
    loadCatalogues();
    chooseDefaults(date);

    connect(buttons, &QDialogButtonBox::accepted, this, &DistributionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DistributionDialog::reject);
    connect(m_newPlace, &QPushButton::clicked, this, &DistributionDialog::newPlace);
    connect(m_place, &QComboBox::currentIndexChanged, this, &DistributionDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &DistributionDialog::refresh);
    connect(m_start, &QTimeEdit::timeChanged, this, &DistributionDialog::refresh);
    connect(m_end, &QTimeEdit::timeChanged, this, &DistributionDialog::refresh);
    connect(m_repeat, &QCheckBox::toggled, this, [this](bool on) {
        m_weeks->setEnabled(on);
        m_until->setEnabled(on);
        refresh();
    });
    connect(m_weeks, &QSpinBox::valueChanged, this, &DistributionDialog::refresh);
    connect(m_until, &QDateEdit::dateChanged, this, &DistributionDialog::refresh);
    connect(m_catalogues, &QTableWidget::itemChanged, this, &DistributionDialog::refresh);
    connect(m_dates, &QListWidget::itemChanged, this, &DistributionDialog::dateToggled);

    m_weeks->setEnabled(false);
    m_until->setEnabled(false);
    refresh();
    resize(std::max(sizeHint().width(), 820), 600);
    m_date->setFocus();
}

void DistributionDialog::loadPlaces(const QString &selectId)
{
    const QSignalBlocker blocker(m_place);
    const QString keep = selectId.isEmpty() ? m_place->currentData().toString() : selectId;
    m_place->clear();
    auto places = CalendarService(m_store).places();
    for (const Place &place : places ? *places : QList<Place>()) {
        const QString text = place.town.isEmpty() ? place.name : tr("%1, %2").arg(place.name, place.town);
        m_place->addItem(text, place.id);
    }
    const int index = m_place->findData(keep);
    m_place->setCurrentIndex(index >= 0 ? index : 0);
}

void DistributionDialog::loadCatalogues()
{
    CatalogueService catalogues(m_store);
    QHash<QString, QString> producerNames;
    const auto producers = catalogues.producers(true);
    for (const Producer &producer : producers ? *producers : QList<Producer>())
        producerNames.insert(producer.id, producer.name);
    const auto active = catalogues.activeCatalogues();
    const QList<Catalogue> list = active ? *active : QList<Catalogue>();
    const QSignalBlocker blocker(m_catalogues);
    m_catalogues->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Catalogue &catalogue = list.at(row);
        auto *name = new QTableWidgetItem(tr("%1 — %2").arg(catalogue.name, producerNames.value(catalogue.producerId)));
        name->setData(IdRole, catalogue.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        m_catalogues->setItem(row, NameColumn, name);

        auto *days = new QSpinBox(m_catalogues);
        days->setRange(0, 90);
        days->setValue(catalogue.rule.opensDaysBefore);
        days->setSuffix(tr(" days before"));
        auto *at = timeEdit(m_catalogues, {});
        at->setTime(catalogue.rule.opensAtTime);
        auto *hours = new QSpinBox(m_catalogues);
        hours->setRange(0, 720);
        hours->setValue(catalogue.rule.closesHoursBefore);
        hours->setSuffix(tr(" h before"));
        days->setObjectName(u"opensDaysBefore%1"_s.arg(row));
        at->setObjectName(u"opensAtTime%1"_s.arg(row));
        hours->setObjectName(u"closesHoursBefore%1"_s.arg(row));
        m_catalogues->setCellWidget(row, OpensDaysColumn, days);
        m_catalogues->setCellWidget(row, OpensTimeColumn, at);
        m_catalogues->setCellWidget(row, ClosesColumn, hours);
        m_catalogues->setItem(row, WindowColumn, new QTableWidgetItem);
        m_catalogues->item(row, WindowColumn)->setFlags(Qt::ItemIsEnabled);
        connect(days, &QSpinBox::valueChanged, this, &DistributionDialog::refresh);
        connect(at, &QTimeEdit::timeChanged, this, &DistributionDialog::refresh);
        connect(hours, &QSpinBox::valueChanged, this, &DistributionDialog::refresh);
    }
    // Rows as tall as their editors; the table as tall as its rows, up to six.
    const int rowHeight = m_catalogues->cellWidget(0, OpensDaysColumn)
        ? m_catalogues->cellWidget(0, OpensDaysColumn)->sizeHint().height() + 4
        : fontMetrics().height() + 10;
    m_catalogues->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_catalogues->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rows = std::clamp(int(list.size()), 1, 6);
    m_catalogues->setFixedHeight(m_catalogues->horizontalHeader()->sizeHint().height() + rows * rowHeight
                                 + 2 * m_catalogues->frameWidth() + 2);
}

void DistributionDialog::chooseDefaults(QDate date)
{
    // The hours and place of the latest distribution before that day: groups keep their habits.
    CalendarService calendar(m_store);
    const auto before = calendar.distributionsBetween(date.addMonths(-3), date.addDays(-1));
    QTime start(17, 0);
    QTime end(19, 0);
    if (before && !before->isEmpty()) {
        const Distribution &last = before->last();
        start = last.startTime;
        end = last.endTime;
        if (const int index = m_place->findData(last.placeId); index >= 0)
            m_place->setCurrentIndex(index);
    }
    const QSignalBlocker dateBlocker(m_date);
    const QSignalBlocker startBlocker(m_start);
    const QSignalBlocker endBlocker(m_end);
    const QSignalBlocker untilBlocker(m_until);
    m_date->setDate(date);
    m_start->setTime(start);
    m_end->setTime(end);
    m_until->setDate(date.addMonths(3));
}

void DistributionDialog::newPlace()
{
    auto *dialog = new PlaceDialog(m_store, Place(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlaceDialog::saved, this, [this](const QString &id) {
        loadPlaces(id);
        refresh();
    });
    dialog->open();
}

DistributionPlan DistributionDialog::plan() const
{
    DistributionPlan plan;
    plan.placeId = m_place->currentData().toString();
    plan.firstDate = m_date->date();
    plan.startTime = m_start->time();
    plan.endTime = m_end->time();
    if (m_repeat->isChecked()) {
        plan.repeatEveryWeeks = m_weeks->value();
        plan.until = m_until->date();
    }
    for (int row = 0; row < m_catalogues->rowCount(); ++row) {
        const QTableWidgetItem *name = m_catalogues->item(row, NameColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        OrderingRule rule;
        rule.opensDaysBefore = qobject_cast<QSpinBox *>(m_catalogues->cellWidget(row, OpensDaysColumn))->value();
        rule.opensAtTime = qobject_cast<QTimeEdit *>(m_catalogues->cellWidget(row, OpensTimeColumn))->time();
        rule.closesHoursBefore = qobject_cast<QSpinBox *>(m_catalogues->cellWidget(row, ClosesColumn))->value();
        plan.participants.append({name->data(IdRole).toString(), rule});
    }
    for (int row = 0; row < m_dates->count(); ++row) {
        const QListWidgetItem *item = m_dates->item(row);
        if (item->checkState() != Qt::Checked)
            plan.skippedDates.append(item->data(DateRole).toDate());
    }
    return plan;
}

void DistributionDialog::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const DistributionPlan wanted = plan();
    auto planned = CalendarService(m_store).preview(wanted);
    const QTimeZone zone = m_store.timeZone();

    {
        const QSignalBlocker blocker(m_dates);
        m_dates->clear();
        if (planned) {
            m_errors->clear();
            for (const PlannedDistribution &one : *planned) {
                QString text = DisplayText::longDate(one.date);
                if (!one.clash.isEmpty())
                    text += u"  ⚠ "_s + one.clash;
                auto *item = new QListWidgetItem(text, m_dates);
                item->setData(DateRole, one.date);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                const bool ticked = one.clash.isEmpty() ? !m_unticked.contains(one.date)
                                                        : m_tickedDespiteClash.contains(one.date);
                item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
                if (!one.clash.isEmpty())
                    item->setForeground(QColor(0x9a, 0x5b, 0x00));
            }
        } else {
            m_errors->show(planned.error(), false);
        }
    }

    // The window each catalogue gets for the first date.
    const QSignalBlocker blocker(m_catalogues);
    int participant = 0;
    for (int row = 0; row < m_catalogues->rowCount(); ++row) {
        QTableWidgetItem *window = m_catalogues->item(row, WindowColumn);
        const bool taking = m_catalogues->item(row, NameColumn)->checkState() == Qt::Checked;
        for (int column = OpensDaysColumn; column <= ClosesColumn; ++column)
            m_catalogues->cellWidget(row, column)->setEnabled(taking);
        if (!taking) {
            window->setText(QString());
            continue;
        }
        if (planned && !planned->isEmpty()) {
            const OrderingWindow &first = planned->first().windows.at(participant);
            window->setText(tr("%1 → %2").arg(DomainWords::dayAndTime(first.opensAt.toTimeZone(zone)),
                                              DomainWords::dayAndTime(first.closesAt.toTimeZone(zone))));
        } else {
            window->setText(u"—"_s);
        }
        ++participant;
    }
    m_catalogues->resizeColumnToContents(WindowColumn);
    m_refreshing = false;
    updateCreateButton();
}

void DistributionDialog::dateToggled(QListWidgetItem *item)
{
    const QDate date = item->data(DateRole).toDate();
    const bool clash = item->text().contains(u"⚠"_s);
    if (item->checkState() == Qt::Checked) {
        m_unticked.remove(date);
        if (clash)
            m_tickedDespiteClash.insert(date);
    } else {
        m_unticked.insert(date);
        m_tickedDespiteClash.remove(date);
    }
    updateCreateButton();
}

void DistributionDialog::updateCreateButton()
{
    int ticked = 0;
    for (int row = 0; row < m_dates->count(); ++row)
        ticked += m_dates->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_create->setText(tr("&Create %n distribution(s)", nullptr, ticked));
    m_dateCount->setText(tr("%1 of %n date(s) ticked", nullptr, m_dates->count()).arg(ticked));
}

void DistributionDialog::accept()
{
    const DistributionPlan wanted = plan();
    auto ids = CalendarService(m_store).createDistributions(wanted);
    if (!ids) {
        m_errors->show(ids.error());
        return;
    }
    emit created(*ids, wanted.firstDate);
    QDialog::accept();
}
