#include "CatalogueRules.h"

#include "Validation.h"

using namespace Qt::StringLiterals;

Status CatalogueRules::prepare(Catalogue &catalogue)
{
    Validation validation;
    catalogue.name = tidyLine(catalogue.name);
    validation.require(!catalogue.name.isEmpty(), u"name"_s, tr("Enter the catalogue’s name."));
    validation.text(u"name"_s, catalogue.name, Validation::nameLength, tr("The catalogue’s name"));
    validation.require(!catalogue.producerId.isEmpty(), u"producerId"_s, tr("Choose the catalogue’s producer."));
    checkRule(catalogue.rule, validation);
    return validation.status();
}

void CatalogueRules::checkRule(const OrderingRule &rule, Validation &validation, const QString &field)
{
    const auto fieldOr = [&](const QString &own) { return field.isEmpty() ? own : field; };
    validation.require(rule.opensDaysBefore >= 0 && rule.opensDaysBefore <= 90, fieldOr(u"opensDaysBefore"_s),
                       tr("Orders open between 0 and 90 days before the distribution."));
    validation.require(rule.opensAtTime.isValid(), fieldOr(u"opensAtTime"_s), tr("Enter the time at which orders open."));
    validation.require(rule.closesHoursBefore >= 0 && rule.closesHoursBefore <= 30 * 24, fieldOr(u"closesHoursBefore"_s),
                       tr("Orders close between 0 and 720 hours before the distribution."));
    validation.require(rule.closesHoursBefore < rule.opensDaysBefore * 24 || rule.opensDaysBefore == 0,
                       fieldOr(u"closesHoursBefore"_s), tr("Orders must close after they open."));
}
