#pragma once

#include "common/Result.h"
#include "domain/Basket.h"
#include "domain/OrderLine.h"
#include "orders/BasketEdit.h"
#include "domain/OrderActor.h"
#include "orders/PreviousBasket.h"

#include <QCoreApplication>
#include <optional>

class Store;

// Baskets and their lines, under the order rules of docs/DESIGN.md:
// - one basket per member and distribution; a cancelled one is reopened, never duplicated;
// - a coordinator changes any basket; a producer only the lines of their own catalogues, may
//   create a basket for a member who has none, and validates or cancels only baskets holding
//   nothing but their lines;
// - a line beyond the remaining stock (the distribution's stock less what the other baskets
//   hold) is refused with what is left;
// - a change to a catalogue whose ordering window closed needs the person's confirmation and
//   is recorded as a late change;
// - prices follow the catalogue until validation, which freezes them on each line;
// - nothing changes on a cancelled distribution.
// Every save is one transaction: all of it is written, or nothing.
class OrderService {
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    // Acts as the store's current person (ActorLookup::of).
    explicit OrderService(Store &store) : m_store(store) {}
    OrderService(Store &store, OrderActor actor) : m_store(store), m_actor(std::move(actor)) {}

    Result<OrderActor> actor() const;

    // Applies `edit` in one transaction (see BasketEdit). Bad input is refused with a message
    // and nothing is written.
    Result<SavedBasket> save(const BasketEdit &edit);

    // The member's basket for the distribution: the existing one (a cancelled one is reopened)
    // or a new one in progress, with no line yet. Never a second basket. The rules of save()
    // hold (a cancelled distribution, the stock of a reopened basket's lines).
    Result<Basket> openBasket(const QString &distributionId, const QString &memberId, Basket::Source source);
    // A cart without a member (started on the shop without an account).
    Result<Basket> openAnonymousCart(const QString &distributionId);
    Result<Basket> basket(const QString &basketId) const;
    Result<QList<Basket>> baskets(const QString &distributionId) const;
    // The member's basket in the distribution, cancelled included; none when they have none.
    Result<std::optional<Basket>> basketOf(const QString &distributionId, const QString &memberId) const;

    // The three calls below refuse a change to a closed catalogue unless told it was confirmed
    // (LatePolicy::Record), as save() does: no caller records a late change without saying so.

    // Sets the quantity of a product in the basket (pieces, or grams when ordered by weight);
    // 0 takes the product out. Same rules as save().
    Status setLine(const QString &basketId, const QString &productId, qint64 quantity,
                   LatePolicy late = LatePolicy::Refuse);
    Result<QList<OrderLine>> lines(const QString &basketId) const;
    // The lines the acting person may see: all of them for a coordinator, those of their own
    // catalogues for a producer.
    Result<QList<OrderLine>> linesInReach(const QString &basketId) const;
    // The basket's amount, to the cent.
    Result<qint64> total(const QString &basketId) const;

    // Freezes each line's unit price and marks the basket validated.
    Status validate(const QString &basketId, LatePolicy late = LatePolicy::Refuse);
    // Cancels the basket. Cancelling a validated basket after a catalogue closed is a late change.
    Status cancel(const QString &basketId, LatePolicy late = LatePolicy::Refuse);

    // The member's most recent validated basket of an earlier distribution holding lines the
    // person may see ("same as last time"); none when there is none.
    Result<std::optional<PreviousBasket>> previousBasket(const QString &distributionId, const QString &memberId) const;

private:
    Store &m_store;
    std::optional<OrderActor> m_actor;
};
