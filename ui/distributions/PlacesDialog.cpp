#include "PlacesDialog.h"

#include "PlaceDialog.h"
#include "services/CalendarService.h"
#include "store/Store.h"
#include "widgets/DialogSeams.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int ArchivedRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
}

PlacesDialog::PlacesDialog(Store &store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_list(new QListWidget(this)),
      m_showArchived(new QCheckBox(tr("Show &archived places"), this)),
      m_new(new QPushButton(tr("&New place…"), this)),
      m_edit(new QPushButton(tr("&Change…"), this)),
      m_archive(new QPushButton(tr("A&rchive"), this)),
      m_message(new QLabel(this))
{
    setObjectName(u"placesDialog"_s);
    setWindowTitle(tr("Places"));
    m_list->setObjectName(u"placeList"_s);
    m_showArchived->setObjectName(u"showArchivedPlaces"_s);
    m_new->setObjectName(u"newPlaceButton"_s);
    m_edit->setObjectName(u"editPlaceButton"_s);
    m_archive->setObjectName(u"archivePlaceButton"_s);
    m_message->setObjectName(u"placeMessage"_s);
    m_message->setWordWrap(true);
    // Room for two lines, so that a message never squeezes into the list's margin.
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QPushButton *button : {m_new, m_edit, m_archive})
        button->setAutoDefault(false);

    auto *side = new QVBoxLayout;
    side->addWidget(m_new);
    side->addWidget(m_edit);
    side->addWidget(m_archive);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_showArchived);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &PlacesDialog::reject);
    connect(m_new, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { edit(false); });
    connect(m_archive, &QPushButton::clicked, this, &PlacesDialog::toggleArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, [this] { reload(currentId()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PlacesDialog::updateButtons);
    reload();
    resize(520, 380);
}

void PlacesDialog::reload(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto places = CalendarService(m_store).places(m_showArchived->isChecked());
    int row = 0;
    for (const Place &place : places ? *places : QList<Place>()) {
        QStringList address{place.address, QString(place.postcode + u' ' + place.town).trimmed()};
        address.removeAll(QString());
        QString text = place.name;
        if (!address.isEmpty())
            text += u" — "_s + address.join(u", "_s);
        if (place.archived)
            text += u" "_s + tr("(archived)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, place.id);
        item->setData(ArchivedRole, place.archived);
        item->setData(NameRole, place.name);
        if (place.archived)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (place.id == selectId)
            row = m_list->count() - 1;
    }
    m_list->setCurrentRow(m_list->count() ? row : -1);
    updateButtons();
}

QString PlacesDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void PlacesDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_edit->setEnabled(item);
    m_archive->setEnabled(item);
    m_archive->setText(item && item->data(ArchivedRole).toBool() ? tr("B&ring back") : tr("A&rchive"));
}

void PlacesDialog::edit(bool create)
{
    Place place;
    if (!create) {
        auto found = CalendarService(m_store).place(currentId());
        if (!found)
            return;
        place = *found;
    }
    auto *dialog = new PlaceDialog(m_store, place, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlaceDialog::saved, this, [this](const QString &id) {
        reload(id);
        m_message->clear();
    });
    dialog->open();
}

void PlacesDialog::toggleArchived()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = currentId();
    const bool archive = !item->data(ArchivedRole).toBool();
    const QString name = item->data(NameRole).toString();
    if (Status done = CalendarService(m_store).setPlaceArchived(id, archive); !done) {
        DialogSeams::warning(this, tr("Places"), done.error().message());
        return;
    }
    // An archived place stays in view (greyed) until the dialog closes, so that it can be
    // brought back at once.
    if (archive && !m_showArchived->isChecked()) {
        const QSignalBlocker blocker(m_showArchived);
        m_showArchived->setChecked(true);
    }
    reload(id);
    m_message->setText(archive ? tr("“%1” is archived: no longer offered for new distributions; its distributions "
                                    "stay as they are.").arg(name)
                               : tr("“%1” is offered again.").arg(name));
}
