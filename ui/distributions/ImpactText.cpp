#include "ImpactText.h"

#include "common/PhoneNumber.h"
#include "i18n/DomainWords.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString ImpactText::members(const DistributionImpact &impact, int limit)
{
    QStringList lines;
    for (const DistributionImpact::Holder &holder : impact.baskets) {
        if (lines.size() == limit) {
            lines.append(tr("… and %n more", nullptr, int(impact.baskets.size()) - limit));
            break;
        }
        QStringList parts{holder.memberName.isEmpty() ? tr("an anonymised member") : holder.memberName};
        if (!holder.phone.isEmpty())
            parts.append(PhoneNumber::display(holder.phone));
        else if (!holder.email.isEmpty())
            parts.append(holder.email);
        parts.append(DomainWords::basketStatus(holder.status).toLower());
        lines.append(u"• "_s + parts.join(u" — "_s));
    }
    return lines.join(u'\n');
}

QString ImpactText::question(const QString &change, const DistributionImpact &impact, const QString &consequence)
{
    QString text = change;
    if (impact.isEmpty())
        return text;
    text += u"\n\n"_s + tr("It has %1.").arg(impact.describe(0)) + u' ' + consequence;
    if (!impact.baskets.isEmpty())
        text += u"\n\n"_s + tr("Tell these members:") + u"\n"_s + members(impact);
    return text;
}
