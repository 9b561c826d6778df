#include "DistributionRules.h"

#include "Validation.h"

using namespace Qt::StringLiterals;

Status DistributionRules::prepare(Distribution &distribution)
{
    Validation validation;
    validation.require(!distribution.placeId.isEmpty(), u"placeId"_s, tr("Choose the distribution’s place."));
    if (!distribution.date.isValid())
        validation.fail(u"date"_s, tr("Enter the distribution’s date."));
    else if (distribution.date.year() < 2000 || distribution.date.year() > 2100)
        validation.fail(u"date"_s, tr("The date %1 is not plausible.").arg(distribution.date.toString(Qt::ISODate)));
    validation.require(distribution.startTime.isValid(), u"startTime"_s, tr("Enter the start time."));
    validation.require(distribution.endTime.isValid(), u"endTime"_s, tr("Enter the end time."));
    if (distribution.startTime.isValid() && distribution.endTime.isValid())
        validation.require(distribution.startTime < distribution.endTime, u"endTime"_s,
                           tr("The distribution must end after it starts."));
    return validation.status();
}
