#pragma once

#include "common/Result.h"
#include "domain/Basket.h"
#include "domain/OrderLine.h"

#include <QCoreApplication>

class Store;

// Baskets and their lines: one basket per member and distribution, prices frozen at
// validation, a cancelled basket never silently revalidated.
class OrderService {
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    explicit OrderService(Store &store) : m_store(store) {}

    // The member's basket for the distribution: the existing one (a cancelled one is reopened)
    // or a new one in progress. Never a second basket.
    Result<Basket> openBasket(const QString &distributionId, const QString &memberId, Basket::Source source);
    // A cart without a member (started on the shop without an account).
    Result<Basket> openAnonymousCart(const QString &distributionId);
    Result<Basket> basket(const QString &basketId) const;
    Result<QList<Basket>> baskets(const QString &distributionId) const;

    // Sets the quantity of a product in the basket (pieces, or grams when ordered by weight);
    // 0 takes the product out. The product must be offered at the basket's distribution.
    Status setLine(const QString &basketId, const QString &productId, qint64 quantity);
    Result<QList<OrderLine>> lines(const QString &basketId) const;
    // The basket's amount, to the cent.
    Result<qint64> total(const QString &basketId) const;

    // Freezes each line's unit price and marks the basket validated.
    Status validate(const QString &basketId);
    Status cancel(const QString &basketId);

private:
    Store &m_store;
};
