#include "PlaceDialog.h"

#include "services/CalendarService.h"
#include "store/Store.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

PlaceDialog::PlaceDialog(Store &store, const Place &place, QWidget *parent)
    : RecordDialog(u"placeDialog"_s, parent),
      m_store(store),
      m_place(place),
      m_name(new QLineEdit(place.name, this)),
      m_address(new QLineEdit(place.address, this)),
      m_postcode(new QLineEdit(place.postcode, this)),
      m_town(new QLineEdit(place.town, this))
{
    setWindowTitle(place.id.isEmpty() ? tr("New place") : tr("Place"));
    m_name->setObjectName(u"placeName"_s);
    m_name->setPlaceholderText(tr("e.g. Salle Paul-Garcin"));
    m_address->setObjectName(u"placeAddress"_s);
    m_postcode->setObjectName(u"placePostcode"_s);
    m_postcode->setMaximumWidth(110);
    m_town->setObjectName(u"placeTown"_s);

    addField(tr("&Name:"), m_name, {u"name"_s});
    addField(tr("&Address:"), m_address, {u"address"_s});
    addField(tr("&Postcode:"), m_postcode, {u"postcode"_s});
    addField(tr("&Town:"), m_town, {u"town"_s});
    finishLayout(460);
}

void PlaceDialog::accept()
{
    Place place = m_place;
    place.name = m_name->text();
    place.address = m_address->text();
    place.postcode = m_postcode->text();
    place.town = m_town->text();
    CalendarService calendar(m_store);
    save(place.id, [&] { return calendar.addPlace(place); }, [&] { return calendar.updatePlace(place); });
}
