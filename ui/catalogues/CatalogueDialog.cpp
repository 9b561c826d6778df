#include "CatalogueDialog.h"

#include "services/CatalogueService.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

CatalogueDialog::CatalogueDialog(Store &store, const Catalogue &catalogue, QWidget *parent)
    : RecordDialog(u"catalogueDialog"_s, parent),
      m_store(store),
      m_catalogue(catalogue),
      m_producer(new QComboBox(this)),
      m_name(new QLineEdit(catalogue.name, this)),
      m_opensDays(new QSpinBox(this)),
      m_opensAt(new QTimeEdit(catalogue.rule.opensAtTime, this)),
      m_closesHours(new QSpinBox(this))
{
    setWindowTitle(catalogue.id.isEmpty() ? tr("New catalogue") : tr("Catalogue"));
    m_producer->setObjectName(u"catalogueProducer"_s);
    m_name->setObjectName(u"catalogueName"_s);
    m_name->setPlaceholderText(tr("e.g. Légumes de saison"));
    m_opensDays->setObjectName(u"opensDaysBefore"_s);
    m_opensDays->setRange(0, 90);
    m_opensDays->setValue(catalogue.rule.opensDaysBefore);
    m_opensDays->setSuffix(tr(" day(s) before"));
    m_opensAt->setObjectName(u"opensAtTime"_s);
    m_opensAt->setDisplayFormat(u"HH:mm"_s);
    m_closesHours->setObjectName(u"closesHoursBefore"_s);
    m_closesHours->setRange(0, 720);
    m_closesHours->setValue(catalogue.rule.closesHoursBefore);
    m_closesHours->setSuffix(tr(" hour(s) before"));

    auto producers = CatalogueService(store).producers(true);
    for (const Producer &producer : producers ? *producers : QList<Producer>()) {
        if (!producer.archived || producer.id == catalogue.producerId)
            m_producer->addItem(producer.name, producer.id);
    }
    m_producer->setCurrentIndex(std::max(0, m_producer->findData(catalogue.producerId)));
    // A catalogue stays with its producer: its products and orders are theirs.
    m_producer->setEnabled(catalogue.id.isEmpty());

    auto *opens = new QHBoxLayout;
    opens->addWidget(m_opensDays);
    opens->addWidget(new QLabel(tr("at"), this));
    opens->addWidget(m_opensAt);
    opens->addStretch(1);
    auto *opensLabel = new QLabel(tr("Orders &open:"), this);
    opensLabel->setBuddy(m_opensDays);

    addField(tr("&Producer:"), m_producer, {u"producerId"_s});
    addField(tr("&Name:"), m_name, {u"name"_s});
    form()->addRow(opensLabel, opens);
    addErrors({u"opensDaysBefore"_s, u"opensAtTime"_s}, m_opensDays);
    addField(tr("Orders &close:"), m_closesHours, {u"closesHoursBefore"_s});
    auto *note = new QLabel(tr("New distributions start from this rule; each distribution’s window can then be "
                               "changed. Distributions already created keep their windows."),
                            this);
    note->setWordWrap(true);
    note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    note->setStyleSheet(u"color: palette(dark);"_s);
    finishLayout(500, note);
}

void CatalogueDialog::accept()
{
    Catalogue catalogue = m_catalogue;
    catalogue.producerId = m_producer->currentData().toString();
    catalogue.name = m_name->text();
    catalogue.rule.opensDaysBefore = m_opensDays->value();
    catalogue.rule.opensAtTime = m_opensAt->time();
    catalogue.rule.closesHoursBefore = m_closesHours->value();
    CatalogueService catalogues(m_store);
    save(catalogue.id, [&] { return catalogues.addCatalogue(catalogue); },
         [&] { return catalogues.updateCatalogue(catalogue); });
}
