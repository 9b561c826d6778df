#include "BasketPlan.h"

#include "OrderContext.h"
#include "StockRefusal.h"
#include "common/Ids.h"
#include "queries/StockQuery.h"
#include "repositories/BasketRepository.h"
#include "repositories/MemberRepository.h"
#include "repositories/OrderLineRepository.h"
#include "repositories/ProductOfferRepository.h"
#include "store/Store.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

LineQuantity quantityOf(const OrderLine &line)
{
    return LineQuantity{line.quantity, line.estimatedGrams};
}

LineChange lineChange(const PlannedLine &line)
{
    return {line.product.id, line.product.catalogueId,
            line.before ? std::optional<LineQuantity>(quantityOf(*line.before)) : std::nullopt, line.after};
}

}

Result<std::optional<Basket>> BasketPlanner::storedBasket(const BasketEdit &edit)
{
    if (edit.basketId.isEmpty())
        return std::optional<Basket>();
    auto found = BasketRepository(m_context.store()).find(edit.basketId);
    if (!found)
        return found.error();
    if (!edit.distributionId.isEmpty() && found->distributionId != edit.distributionId)
        return Error(ErrorKind::Validation, tr("This order belongs to another distribution."), u"basketId"_s);
    // Giving a saved order to someone else would rewrite who ordered what (and the late
    // changes and summaries made for them): refused, the order is cancelled and retaken.
    if (!edit.memberId.isEmpty() && found->memberId != edit.memberId)
        return Error(ErrorKind::Conflict,
                     tr("This order is already saved for another member, and the member of a saved order "
                        "cannot be changed. Cancel it, then take the order for the right member."),
                     u"memberId"_s);
    if (found->status == Basket::Status::Cancelled && !edit.reopen)
        return Error(ErrorKind::Conflict, edit.validate ? tr("A cancelled order cannot be validated; reopen it first.")
                                                        : tr("This order is cancelled; reopen it before changing it."));
    return std::optional<Basket>(*found);
}

Status BasketPlanner::checkOffered(const Product &product)
{
    if (!product.active)
        return Error(ErrorKind::Validation, tr("“%1” is no longer offered by its catalogue.").arg(product.name),
                     u"productId"_s);
    auto offer = ProductOfferRepository(m_context.store()).findFor(m_context.distribution().id, product.id);
    if (!offer)
        return offer.error();
    if (offer->has_value() && (*offer)->excluded)
        return Error(ErrorKind::Validation, tr("“%1” is left out of this distribution.").arg(product.name),
                     u"productId"_s);
    return {};
}

Status BasketPlanner::checkStock(const Product &product, qint64 quantity, const QString &basketId)
{
    auto left = StockQuery(m_context.store()).leftFor(m_context.distribution().id, product.id, basketId);
    if (!left)
        return left.error();
    return StockRefusal::check(product, quantity, *left);
}

Status BasketPlanner::checkAllInReach(const QList<OrderLine> &lines, const QString &refusal)
{
    for (const OrderLine &line : lines) {
        auto product = m_context.product(line.productId);
        if (!product)
            return product.error();
        auto reached = m_context.reaches(*product);
        if (!reached)
            return reached.error();
        if (!*reached)
            return Error(ErrorKind::Conflict, refusal);
    }
    return {};
}

Result<std::optional<PlannedLine>> BasketPlanner::planLine(const LineRequest &request,
                                                           const std::optional<OrderLine> &before,
                                                           const QString &basketId)
{
    auto product = m_context.product(request.productId);
    if (!product)
        return product.error();
    if (!m_context.takesPart(*product))
        return Error(ErrorKind::Validation, tr("“%1” is not offered at this distribution.").arg(product->name),
                     u"productId"_s);
    auto reached = m_context.reaches(*product);
    if (!reached)
        return reached.error();
    if (!*reached)
        return Error(ErrorKind::Conflict,
                     tr("“%1” belongs to another producer’s catalogue: a producer changes only the lines of "
                        "their own catalogues.")
                         .arg(product->name),
                     u"productId"_s);
    if (request.quantity < 0)
        return Error(ErrorKind::Validation, tr("The quantity cannot be negative."), u"quantity"_s);
    if (request.quantity == 0 && !before)
        return Error(ErrorKind::Validation,
                     tr("“%1” is not in this order: there is no line to take out.").arg(product->name),
                     u"productId"_s);

    PlannedLine line{*product, before, std::nullopt};
    if (request.quantity > 0) {
        LineQuantity quantity = QuantityText::withDefaultWeight(*product, request.quantity);
        if (request.estimatedGrams && product->weightPriced && !product->orderedByWeight())
            quantity.estimatedGrams = *request.estimatedGrams;
        if (Status valid = QuantityText::check(*product, quantity); !valid)
            return valid.error();
        line.after = quantity;
    }
    if (!lineChange(line).changes())
        return std::optional<PlannedLine>();
    const bool more = line.after && (!before || line.after->quantity > before->quantity);
    if (more) {
        if (Status offered = checkOffered(*product); !offered)
            return offered.error();
        if (Status stocked = checkStock(*product, line.after->quantity, basketId); !stocked)
            return stocked.error();
    }
    return std::optional<PlannedLine>(line);
}

Result<BasketPlan> BasketPlanner::plan(const BasketEdit &edit)
{
    auto named = storedBasket(edit);
    if (!named)
        return named.error();
    std::optional<Basket> basket = *named;
    const QString distributionId = basket ? basket->distributionId : edit.distributionId;
    if (Status loaded = m_context.load(distributionId); !loaded)
        return loaded.error();
    if (m_context.distribution().cancelled)
        return Error(ErrorKind::Conflict,
                     tr("The distribution of %1 is cancelled: its orders can no longer change.")
                         .arg(QLocale().toString(m_context.distribution().date, QLocale::ShortFormat)));
    if (!basket) {
        if (edit.memberId.isEmpty())
            return Error(ErrorKind::Validation, tr("Choose the member who orders."), u"memberId"_s);
        if (!MemberRepository(m_context.store()).exists(edit.memberId))
            return Error::notFound(MemberRepository::notFoundMessage(edit.memberId));
        auto existing = BasketRepository(m_context.store()).findForMember(distributionId, edit.memberId);
        if (!existing)
            return existing.error();
        basket = *existing;
    }

    BasketPlan plan;
    plan.stored = basket;
    plan.basketId = basket ? basket->id : Ids::create();
    plan.distributionId = distributionId;
    plan.memberId = edit.memberId;
    plan.source = edit.source.value_or(m_context.actor().basketSource());

    auto storedLines = basket ? OrderLineRepository(m_context.store()).listForBasket(basket->id) : QList<OrderLine>();
    if (!storedLines)
        return storedLines.error();
    QHash<QString, OrderLine> stored;
    for (const OrderLine &line : *storedLines)
        stored.insert(line.productId, line);

    // The same product twice: the last request counts, in the place of the first.
    QHash<QString, LineRequest> lastRequest;
    QStringList requestOrder;
    for (const LineRequest &request : edit.lines) {
        if (!lastRequest.contains(request.productId))
            requestOrder.append(request.productId);
        lastRequest.insert(request.productId, request);
    }
    for (const QString &productId : requestOrder) {
        const auto before = stored.constFind(productId);
        auto line = planLine(lastRequest.value(productId),
                             before == stored.cend() ? std::nullopt : std::optional<OrderLine>(*before), plan.basketId);
        if (!line)
            return line.error();
        if (*line)
            plan.changes.append(**line);
    }
    if (edit.replaceOtherLines) {
        for (const OrderLine &line : *storedLines) {
            if (lastRequest.contains(line.productId))
                continue;
            auto product = m_context.product(line.productId);
            if (!product)
                return product.error();
            auto reached = m_context.reaches(*product);
            if (!reached)
                return reached.error();
            if (*reached)
                plan.changes.append({*product, line, std::nullopt});
        }
    }

    // The stored lines the basket keeps, and whether each changes now.
    QHash<QString, bool> changedNow;
    for (const PlannedLine &change : plan.changes)
        changedNow.insert(change.product.id, true);
    QList<OrderLine> kept;
    for (const OrderLine &line : *storedLines) {
        const bool removed = std::any_of(plan.changes.cbegin(), plan.changes.cend(), [&](const PlannedLine &change) {
            return change.product.id == line.productId && !change.after;
        });
        if (!removed)
            kept.append(line);
    }
    const bool addsLines = std::any_of(plan.changes.cbegin(), plan.changes.cend(),
                                       [](const PlannedLine &change) { return !change.before && change.after; });
    const bool empty = kept.isEmpty() && !addsLines;
    if (!basket && empty && !edit.allowEmpty)
        return Error(ErrorKind::Validation, tr("Add at least one product to the order."), u"lines"_s);
    if (basket && basket->status == Basket::Status::Cancelled) {
        // Reopened, its lines count again: each must still fit in the stock.
        for (const OrderLine &line : kept) {
            if (changedNow.contains(line.productId))
                continue;
            auto product = m_context.product(line.productId);
            if (!product)
                return product.error();
            if (Status stocked = checkStock(*product, line.quantity, plan.basketId); !stocked)
                return stocked.error();
        }
    }

    const bool wasValidated = basket && basket->status == Basket::Status::Validated;
    plan.validating = edit.validate && !wasValidated;
    plan.priced = wasValidated || plan.validating;
    if (edit.validate) {
        if (empty)
            return Error(ErrorKind::Validation, tr("An order without any product cannot be validated."), u"lines"_s);
        if (Status inReach = checkAllInReach(kept, tr("This order also holds products of other producers: only a "
                                                      "coordinator can validate it."));
            !inReach)
            return inReach.error();
    }

    QList<LineChange> lines;
    for (const PlannedLine &change : plan.changes)
        lines.append(lineChange(change));
    for (const OrderLine &line : kept) {
        if (changedNow.contains(line.productId))
            continue;
        auto product = m_context.product(line.productId);
        if (!product)
            return product.error();
        lines.append({line.productId, product->catalogueId, quantityOf(line), quantityOf(line)});
        if (plan.validating && !line.unitPriceCents)
            plan.toFreeze.append(line);
    }
    plan.late = LateRule::lateLines(lines, plan.validating,
                                    [this](const QString &catalogueId) { return m_context.closed(catalogueId); });
    if (!plan.late.isEmpty() && edit.late == LatePolicy::Refuse)
        return m_context.confirmationNeeded(LateRule::catalogues(plan.late));
    return plan;
}

Result<BasketPlan> BasketPlanner::planCancel(const Basket &basket, LatePolicy late)
{
    if (Status loaded = m_context.load(basket.distributionId); !loaded)
        return loaded.error();
    auto lines = OrderLineRepository(m_context.store()).listForBasket(basket.id);
    if (!lines)
        return lines.error();
    if (Status inReach = checkAllInReach(*lines, tr("This order also holds products of other producers: only a "
                                                    "coordinator can cancel it."));
        !inReach)
        return inReach.error();

    BasketPlan plan;
    plan.stored = basket;
    plan.basketId = basket.id;
    plan.distributionId = basket.distributionId;
    plan.memberId = basket.memberId;
    if (basket.status == Basket::Status::Validated) {
        for (const OrderLine &line : *lines) {
            auto product = m_context.product(line.productId);
            if (!product)
                return product.error();
            if (!m_context.closed(product->catalogueId))
                continue;
            LateRule::LateLine uncounted;
            uncounted.line = {line.productId, product->catalogueId, quantityOf(line), std::nullopt};
            uncounted.kind = LateChange::Kind::Cancel;
            uncounted.quantityBefore = line.quantity;
            plan.late.append(uncounted);
        }
    }
    if (!plan.late.isEmpty() && late == LatePolicy::Refuse)
        return m_context.confirmationNeeded(LateRule::catalogues(plan.late));
    return plan;
}
