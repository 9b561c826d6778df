#include "BasketSave.h"

#include "common/Ids.h"
#include "repositories/BasketRepository.h"
#include "repositories/LateChangeRepository.h"
#include "repositories/OrderLineRepository.h"
#include "rules/OrderLineRules.h"
#include "store/Store.h"

Result<SavedBasket> BasketSave::run(const BasketEdit &edit)
{
    auto plan = BasketPlanner(m_context).plan(edit);
    if (!plan)
        return plan.error();
    return write(*plan);
}

Result<SavedBasket> BasketSave::cancel(const QString &basketId, LatePolicy late)
{
    BasketRepository baskets(m_context.store());
    auto basket = baskets.find(basketId);
    if (!basket)
        return basket.error();
    SavedBasket saved;
    saved.basketId = basketId;
    saved.status = Basket::Status::Cancelled;
    if (basket->status == Basket::Status::Cancelled)
        return saved;
    auto plan = BasketPlanner(m_context).planCancel(*basket, late);
    if (!plan)
        return plan.error();
    for (const LateRule::LateLine &uncounted : plan->late) {
        if (Status recorded = recordLate(uncounted, basketId); !recorded)
            return recorded.error();
        ++saved.lateChanges;
    }
    Basket cancelled = *basket;
    cancelled.status = Basket::Status::Cancelled;
    if (auto updated = baskets.update(cancelled); !updated)
        return updated.error();
    return saved;
}

Result<SavedBasket> BasketSave::write(BasketPlan plan)
{
    BasketRepository baskets(m_context.store());
    SavedBasket saved;
    saved.basketId = plan.basketId;
    saved.linesChanged = int(plan.changes.size());
    Basket basket;
    if (!plan.stored) {
        basket.id = plan.basketId;
        basket.distributionId = plan.distributionId;
        basket.memberId = plan.memberId;
        basket.source = plan.source;
        if (Status inserted = baskets.insert(basket); !inserted)
            return inserted.error();
        saved.created = true;
    } else {
        basket = *plan.stored;
        if (basket.status == Basket::Status::Cancelled) {
            basket.status = Basket::Status::InProgress;
            basket.validatedAt = {};
            if (auto reopened = baskets.update(basket); !reopened)
                return reopened.error();
        }
    }

    for (const PlannedLine &line : plan.changes) {
        if (Status written = writeLine(line, plan.basketId, plan.priced); !written)
            return written.error();
    }
    for (const LateRule::LateLine &late : plan.late) {
        if (Status recorded = recordLate(late, plan.basketId); !recorded)
            return recorded.error();
        ++saved.lateChanges;
    }

    if (plan.validating) {
        // Freezes the price of the lines kept as they were (those written above have theirs).
        OrderLineRepository lines(m_context.store());
        for (OrderLine line : plan.toFreeze) {
            auto product = m_context.product(line.productId);
            if (!product)
                return product.error();
            line.unitPriceCents = product->priceCents;
            if (auto frozen = lines.update(line); !frozen)
                return frozen.error();
        }
        basket.status = Basket::Status::Validated;
        basket.validatedAt = m_context.now();
        if (auto updated = baskets.update(basket); !updated)
            return updated.error();
    }
    saved.status = basket.status;
    return saved;
}

Status BasketSave::writeLine(const PlannedLine &planned, const QString &basketId, bool priced)
{
    OrderLineRepository lines(m_context.store());
    if (!planned.after)
        return lines.remove(planned.before->id);
    OrderLine line = planned.before.value_or(OrderLine());
    line.basketId = basketId;
    line.productId = planned.product.id;
    line.quantity = planned.after->quantity;
    line.estimatedGrams = planned.after->estimatedGrams;
    // A line of a validated basket is priced at once, like the rest of the basket.
    if (priced && !line.unitPriceCents)
        line.unitPriceCents = planned.product.priceCents;
    if (Status valid = OrderLineRules::prepare(line); !valid)
        return valid;
    if (line.id.isEmpty()) {
        line.id = Ids::create();
        return lines.insert(line);
    }
    if (auto updated = lines.update(line); !updated)
        return updated.error();
    return {};
}

Status BasketSave::recordLate(const LateRule::LateLine &late, const QString &basketId)
{
    LateChange change;
    change.id = Ids::create();
    change.distributionId = m_context.distribution().id;
    change.catalogueId = late.line.catalogueId;
    change.basketId = basketId;
    change.productId = late.line.productId;
    change.kind = late.kind;
    change.quantityBefore = late.quantityBefore;
    change.quantityAfter = late.quantityAfter;
    change.at = m_context.now();
    change.userName = m_context.actor().name;
    change.windowClosedAt = m_context.closesAt(late.line.catalogueId);
    return LateChangeRepository(m_context.store()).insert(change);
}
