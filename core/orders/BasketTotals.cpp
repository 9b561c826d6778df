#include "BasketTotals.h"

#include "common/Money.h"

#include <algorithm>

void BasketTotals::add(qint64 amountCents, int vatRateBasisPoints, bool vatApplies)
{
    m_total += amountCents;
    if (!vatApplies || vatRateBasisPoints <= 0)
        return;
    auto rate = std::find_if(m_rates.begin(), m_rates.end(),
                             [&](const Rate &candidate) { return candidate.basisPoints == vatRateBasisPoints; });
    if (rate == m_rates.end()) {
        m_rates.append({vatRateBasisPoints, 0, 0});
        rate = m_rates.end() - 1;
    }
    rate->baseCents += amountCents;
}

QList<BasketTotals::Rate> BasketTotals::rates() const
{
    QList<Rate> rates = m_rates;
    for (Rate &rate : rates)
        rate.vatCents = Money::includedVat(rate.baseCents, rate.basisPoints);
    std::sort(rates.begin(), rates.end(), [](const Rate &a, const Rate &b) { return a.basisPoints < b.basisPoints; });
    return rates;
}

qint64 BasketTotals::vatCents() const
{
    qint64 sum = 0;
    for (const Rate &rate : rates())
        sum += rate.vatCents;
    return sum;
}
