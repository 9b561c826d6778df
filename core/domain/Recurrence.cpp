#include "Recurrence.h"

namespace Recurrence {

QList<QDate> everyWeeks(QDate first, int weeks, QDate until)
{
    if (!first.isValid() || weeks < 0)
        return {};
    if (weeks == 0)
        return {first};
    if (!until.isValid() || until < first)
        return {};
    QList<QDate> dates;
    for (QDate date = first; date <= until && dates.size() <= maximumDates; date = date.addDays(7 * weeks))
        dates.append(date);
    return dates;
}

}
