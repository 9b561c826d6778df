#include "ProducerDialog.h"

#include "FormErrors.h"
#include "common/PhoneNumber.h"
#include "services/CatalogueService.h"
#include "shell/Workspace.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProducerDialog::ProducerDialog(Workspace &workspace, const Producer &producer, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_producer(producer),
      m_name(new QLineEdit(producer.name, this)),
      m_contact(new QLineEdit(producer.contactName, this)),
      m_phone(new QLineEdit(producer.phone.isEmpty() ? QString() : PhoneNumber::display(producer.phone), this)),
      m_email(new QLineEdit(producer.email, this)),
      m_siret(new QLineEdit(producer.siret, this)),
      m_vatRegistered(new QRadioButton(tr("&Prices include VAT"), this)),
      m_vatExempt(new QRadioButton(tr("VAT-&exempt: “TVA non applicable, art. 293 B du CGI”"), this)),
      m_errors(new FormErrors(this))
{
    setObjectName(u"producerDialog"_s);
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_errors->add(u"name"_s, m_name));
    form->addRow(tr("&Contact person:"), m_contact);
    form->addRow(QString(), m_errors->add(u"contactName"_s, m_contact));
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(QString(), m_errors->add(u"phone"_s, m_phone));
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(QString(), m_errors->add(u"email"_s, m_email));
    form->addRow(tr("&SIRET:"), m_siret);
    form->addRow(QString(), m_errors->add(u"siret"_s, m_siret));
    auto *vatLabel = new QLabel(tr("VAT:"), this);
    form->addRow(vatLabel, m_vatRegistered);
    form->addRow(QString(), m_vatExempt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors->general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProducerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProducerDialog::reject);
    resize(520, sizeHint().height());
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
    CatalogueService catalogues(m_workspace.store());
    QString id = producer.id;
    if (id.isEmpty()) {
        auto added = catalogues.addProducer(producer);
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        id = *added;
    } else if (Status updated = catalogues.updateProducer(producer); !updated) {
        m_errors->show(updated.error());
        return;
    }
    emit saved(id);
    QDialog::accept();
}
