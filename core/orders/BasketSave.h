#pragma once

#include "BasketEdit.h"
#include "BasketPlan.h"
#include "OrderContext.h"
#include "common/Result.h"
#include "domain/OrderActor.h"

#include <QString>

class Store;

// Carries out one change to a basket inside the caller's transaction: BasketPlanner reads and
// checks every order rule (see OrderService); only when all of them hold is the plan written.
class BasketSave {
public:
    BasketSave(Store &store, OrderActor actor) : m_context(store, std::move(actor)) {}

    Result<SavedBasket> run(const BasketEdit &edit);
    Result<SavedBasket> cancel(const QString &basketId, LatePolicy late);

private:
    Result<SavedBasket> write(BasketPlan plan);
    Status writeLine(const PlannedLine &line, const QString &basketId, bool priced);
    Status recordLate(const LateRule::LateLine &late, const QString &basketId);

    OrderContext m_context;
};
