#include "GroupRules.h"

#include "Validation.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Status GroupRules::prepare(GroupSettings &group)
{
    Validation validation;
    group.name = tidyLine(group.name);
    group.timeZone = group.timeZone.trimmed();
    group.currency = group.currency.trimmed().toUpper();
    validation.require(!group.name.isEmpty(), u"name"_s, tr("Enter the group’s name."));
    validation.text(u"name"_s, group.name, Validation::nameLength, tr("The group’s name"));
    validation.require(QTimeZone::isTimeZoneIdAvailable(group.timeZone.toUtf8()), u"timeZone"_s,
                       tr("“%1” is not a time zone this system knows (for example Europe/Paris).").arg(group.timeZone));
    static const QRegularExpression currencyCode(u"^[A-Z]{3}$"_s);
    validation.require(currencyCode.match(group.currency).hasMatch(), u"currency"_s,
                       tr("The currency is a three-letter code such as EUR."));
    return validation.status();
}
