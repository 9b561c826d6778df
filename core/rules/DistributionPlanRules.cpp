#include "DistributionPlanRules.h"

#include "CatalogueRules.h"
#include "DistributionRules.h"
#include "Validation.h"
#include "domain/Recurrence.h"

#include <QSet>

using namespace Qt::StringLiterals;

Status DistributionPlanRules::check(const DistributionPlan &plan)
{
    Validation validation;
    Distribution first;
    first.placeId = plan.placeId;
    first.date = plan.firstDate;
    first.startTime = plan.startTime;
    first.endTime = plan.endTime;
    if (Status valid = DistributionRules::prepare(first); !valid)
        validation.append(valid.error().issues());

    if (plan.repeatEveryWeeks < 0 || plan.repeatEveryWeeks > 52) {
        validation.fail(u"repeatEveryWeeks"_s, tr("A distribution repeats every 1 to 52 weeks."));
    } else if (plan.repeatEveryWeeks > 0 && plan.firstDate.isValid()) {
        if (!plan.until.isValid())
            validation.fail(u"until"_s, tr("Enter the date until which the distribution repeats."));
        else if (plan.until < plan.firstDate)
            validation.fail(u"until"_s, tr("The last date must come after the first one."));
        else if (Recurrence::everyWeeks(plan.firstDate, plan.repeatEveryWeeks, plan.until).size() > Recurrence::maximumDates)
            validation.fail(u"until"_s, tr("A series holds at most %n distributions; choose an earlier last date.",
                                           nullptr, Recurrence::maximumDates));
    }

    QSet<QString> seen;
    for (const DistributionPlan::Participant &participant : plan.participants) {
        if (participant.catalogueId.isEmpty() || seen.contains(participant.catalogueId)) {
            validation.fail(u"catalogues"_s, tr("Each catalogue takes part once."));
            break;
        }
        seen.insert(participant.catalogueId);
        CatalogueRules::checkRule(participant.rule, validation, u"catalogues"_s);
    }
    return validation.status();
}
