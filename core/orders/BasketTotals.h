#pragma once

#include <QList>
#include <QtGlobal>

// What an order costs, to the cent: the total including VAT and the VAT it includes, per rate.
// VAT is worked out on the total of each rate (as an invoice does), not line by line. Lines of
// a producer who is not VAT-registered carry none.
class BasketTotals {
public:
    struct Rate {
        int basisPoints = 0;
        qint64 baseCents = 0; // the amounts at this rate, VAT included
        qint64 vatCents = 0;
    };

    void add(qint64 amountCents, int vatRateBasisPoints, bool vatApplies = true);

    qint64 totalCents() const { return m_total; }
    qint64 vatCents() const;
    // The rates present, lowest first; amounts without VAT are not listed.
    QList<Rate> rates() const;

private:
    qint64 m_total = 0;
    QList<Rate> m_rates;
};
