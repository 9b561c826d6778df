#pragma once

#include "common/Result.h"
#include "domain/Basket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;

// The orders a change to a distribution touches: every basket not cancelled, with who holds it,
// so that moving or cancelling the distribution can say what happens to them before it does.
struct DistributionImpact {
    struct Holder {
        QString basketId;
        QString memberId;
        QString memberName; // "Dupré Hélène"
        QString phone;      // E.164
        QString email;
        Basket::Status status = Basket::Status::InProgress;
        qint64 amountCents = 0;
    };

    QList<Holder> baskets; // members' baskets, by name
    int anonymousCartCount = 0;

    bool isEmpty() const { return baskets.isEmpty() && anonymousCartCount == 0; }
    int count(Basket::Status status) const;
    // "3 orders (2 validated, 1 in progress) of Dupré Hélène, Martin Paul and Roux Zoé, and
    // 1 anonymous cart", naming at most `names` members (none: no names).
    QString describe(int names = 8) const;
};

class DistributionImpactQuery {
    Q_DECLARE_TR_FUNCTIONS(DistributionImpactQuery)

public:
    explicit DistributionImpactQuery(Store &store) : m_store(store) {}

    Result<DistributionImpact> of(const QString &distributionId) const;
    // Only the baskets holding products of `catalogueId`, with the amount of those products.
    Result<DistributionImpact> ofCatalogue(const QString &distributionId, const QString &catalogueId) const;

private:
    Result<DistributionImpact> read(const QString &distributionId, const QString &catalogueId) const;

    Store &m_store;
};
