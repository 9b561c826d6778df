#include "PlaceDialog.h"

#include "catalogues/FormErrors.h"
#include "services/CalendarService.h"
#include "shell/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlaceDialog::PlaceDialog(Workspace &workspace, const Place &place, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_place(place),
      m_name(new QLineEdit(place.name, this)),
      m_address(new QLineEdit(place.address, this)),
      m_postcode(new QLineEdit(place.postcode, this)),
      m_town(new QLineEdit(place.town, this)),
      m_errors(new FormErrors(this))
{
    setObjectName(u"placeDialog"_s);
    setWindowTitle(place.id.isEmpty() ? tr("New place") : tr("Place"));
    m_name->setObjectName(u"placeName"_s);
    m_name->setPlaceholderText(tr("e.g. Salle Paul-Garcin"));
    m_address->setObjectName(u"placeAddress"_s);
    m_postcode->setObjectName(u"placePostcode"_s);
    m_postcode->setMaximumWidth(110);
    m_town->setObjectName(u"placeTown"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_errors->add(u"name"_s, m_name));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_errors->add(u"address"_s, m_address));
    form->addRow(tr("&Postcode:"), m_postcode);
    form->addRow(QString(), m_errors->add(u"postcode"_s, m_postcode));
    form->addRow(tr("&Town:"), m_town);
    form->addRow(QString(), m_errors->add(u"town"_s, m_town));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors->general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlaceDialog::reject);
    resize(460, sizeHint().height());
}

void PlaceDialog::accept()
{
    Place place = m_place;
    place.name = m_name->text();
    place.address = m_address->text();
    place.postcode = m_postcode->text();
    place.town = m_town->text();
    CalendarService calendar(m_workspace.store());
    QString id = place.id;
    if (id.isEmpty()) {
        auto added = calendar.addPlace(place);
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        id = *added;
    } else if (Status updated = calendar.updatePlace(place); !updated) {
        m_errors->show(updated.error());
        return;
    }
    emit saved(id);
    QDialog::accept();
}
