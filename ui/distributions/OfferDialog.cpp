#include "OfferDialog.h"

#include "OfferTableModel.h"
#include "services/CalendarService.h"
#include "services/OfferService.h"
#include "store/Store.h"
#include "widgets/DisplayText.h"
#include "widgets/FormErrors.h"
#include "widgets/TableLook.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OfferDialog::OfferDialog(Store &store, const QString &distributionId, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_distributionId(distributionId),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_model(new OfferTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_message(new QLabel(this)),
      m_errors(new FormErrors(this))
{
    setObjectName(u"offerDialog"_s);
    auto distribution = CalendarService(store).distribution(distributionId);
    setWindowTitle(tr("Offer of a distribution"));
    auto *title = new QLabel(this);
    title->setObjectName(u"offerTitle"_s);
    title->setStyleSheet(u"font-size: 12pt; font-weight: 600;"_s);
    if (distribution) {
        auto place = CalendarService(store).place(distribution->placeId);
        title->setText(tr("Offer of %1 at %2").arg(DisplayText::longDate(distribution->date), place ? place->name : QString()));
    }

    m_filter->setObjectName(u"offerFilter"_s);
    m_filter->setPlaceholderText(tr("Find a product…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(OfferTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(u"offerTable"_s);
    m_table->setModel(m_proxy);
    TableLook::apply(m_table);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OfferTableModel::Name, QHeaderView::Stretch);
    m_message->setObjectName(u"offerMessage"_s);
    m_message->setWordWrap(true);
    m_message->setText(tr("Untick a product to leave it out of this distribution only. Type a stock to limit it "
                          "for this distribution; leave it empty for no limit."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errors->general());
    layout->addWidget(buttons);

    auto entries = OfferService(store).offer(distributionId);
    if (entries)
        m_model->setEntries(*entries);
    else
        m_errors->show(entries.error());

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &OfferTableModel::inputRefused, this, [this](const QString &message) {
        m_errors->show(Error(ErrorKind::Validation, message), false);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_errors, &FormErrors::clear);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfferDialog::reject);
    resize(820, 560);
}

void OfferDialog::accept()
{
    if (Status saved = OfferService(m_store).setOffer(m_distributionId, m_model->changes()); !saved) {
        m_errors->show(saved.error());
        return;
    }
    QDialog::accept();
}
