#include "ProducerRules.h"

#include "Validation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

Status ProducerRules::prepare(Producer &producer)
{
    Validation validation;
    producer.name = tidyLine(producer.name);
    producer.contactName = tidyLine(producer.contactName);
    producer.siret = producer.siret.simplified().remove(u' ');

    validation.require(!producer.name.isEmpty(), u"name"_s, tr("Enter the producer’s name."));
    validation.text(u"name"_s, producer.name, Validation::nameLength, tr("The producer’s name"));
    validation.text(u"contactName"_s, producer.contactName, Validation::nameLength, tr("The contact person"));
    validation.normalizePhone(producer.phone, u"phone"_s, tr("The phone number"));
    validation.normalizeEmail(producer.email, u"email"_s, tr("The e-mail address"));
    validation.text(u"email"_s, producer.email, Validation::shortTextLength, tr("The e-mail address"));
    static const QRegularExpression fourteenDigits(u"^[0-9]{14}$"_s);
    if (!producer.siret.isEmpty() && !fourteenDigits.match(producer.siret).hasMatch())
        validation.fail(u"siret"_s, tr("A SIRET number has 14 digits."));
    return validation.status();
}
