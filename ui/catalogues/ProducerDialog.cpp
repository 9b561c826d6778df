#include "ProducerDialog.h"

#include "common/PhoneNumber.h"
#include "services/CatalogueService.h"
#include "store/Store.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace Qt::StringLiterals;

ProducerDialog::ProducerDialog(Store &store, const Producer &producer, QWidget *parent)
    : RecordDialog(u"producerDialog"_s, parent),
      m_store(store),
      m_producer(producer),
      m_name(new QLineEdit(producer.name, this)),
      m_contact(new QLineEdit(producer.contactName, this)),
      m_phone(new QLineEdit(producer.phone.isEmpty() ? QString() : PhoneNumber::display(producer.phone), this)),
      m_email(new QLineEdit(producer.email, this)),
      m_siret(new QLineEdit(producer.siret, this)),
      m_vatRegistered(new QRadioButton(tr("&Prices include VAT"), this)),
      m_vatExempt(new QRadioButton(tr("VAT-&exempt: “TVA non applicable, art. 293 B du CGI”"), this))
{
    setWindowTitle(producer.id.isEmpty() ? tr("New producer") : tr("Producer"));
    m_name->setObjectName(u"producerName"_s);
    m_name->setPlaceholderText(tr("The farm or business, e.g. Ferme des Saules"));
    m_contact->setObjectName(u"producerContact"_s);
    m_phone->setObjectName(u"producerPhone"_s);
    m_phone->setPlaceholderText(tr("e.g. 06 12 34 56 78"));
    m_email->setObjectName(u"producerEmail"_s);
    m_siret->setObjectName(u"producerSiret"_s);
    m_siret->setPlaceholderText(tr("14 digits, optional"));
    m_vatRegistered->setObjectName(u"vatRegistered"_s);
    m_vatExempt->setObjectName(u"vatExempt"_s);
    (producer.vatRegistered ? m_vatRegistered : m_vatExempt)->setChecked(true);
    auto *vat = new QButtonGroup(this);
    vat->addButton(m_vatRegistered);
    vat->addButton(m_vatExempt);

    addField(tr("&Name:"), m_name, {u"name"_s});
    addField(tr("&Contact person:"), m_contact, {u"contactName"_s});
    addField(tr("P&hone:"), m_phone, {u"phone"_s});
    addField(tr("E-&mail:"), m_email, {u"email"_s});
    addField(tr("&SIRET:"), m_siret, {u"siret"_s});
    form()->addRow(new QLabel(tr("VAT:"), this), m_vatRegistered);
    form()->addRow(QString(), m_vatExempt);
    finishLayout(520);
}

void ProducerDialog::accept()
{
    Producer producer = m_producer;
    producer.name = m_name->text();
    producer.contactName = m_contact->text();
    producer.phone = m_phone->text();
    producer.email = m_email->text();
    producer.siret = m_siret->text();
    producer.vatRegistered = m_vatRegistered->isChecked();
    CatalogueService catalogues(m_store);
    save(producer.id, [&] { return catalogues.addProducer(producer); },
         [&] { return catalogues.updateProducer(producer); });
}
