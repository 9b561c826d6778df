#include "OrderService.h"

#include "RecordWrites.h"
#include "domain/LinePricing.h"
#include "repositories/BasketRepository.h"
#include "repositories/DistributionRepository.h"
#include "repositories/MemberRepository.h"
#include "repositories/OrderLineRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/ProductRepository.h"
#include "rules/OrderLineRules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

Result<Basket> OrderService::openBasket(const QString &distributionId, const QString &memberId,
                                        Basket::Source source)
{
    if (!DistributionRepository(m_store).exists(distributionId))
        return Error::notFound(DistributionRepository::notFoundMessage(distributionId));
    if (!MemberRepository(m_store).exists(memberId))
        return Error::notFound(MemberRepository::notFoundMessage(memberId));

    BasketRepository baskets(m_store);
    return inTransaction(m_store.database(), [&]() -> Result<Basket> {
        auto existing = baskets.findForMember(distributionId, memberId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            Basket basket = **existing;
            if (basket.status == Basket::Status::Cancelled) {
                basket.status = Basket::Status::InProgress;
                basket.validatedAt = {};
                if (auto reopened = baskets.update(basket); !reopened)
                    return reopened.error();
            }
            return basket;
        }
        Basket basket;
        basket.id = Ids::create();
        basket.distributionId = distributionId;
        basket.memberId = memberId;
        basket.source = source;
        if (Status inserted = baskets.insert(basket); !inserted)
            return inserted.error();
        return basket;
    });
}

Result<Basket> OrderService::openAnonymousCart(const QString &distributionId)
{
    if (!DistributionRepository(m_store).exists(distributionId))
        return Error::notFound(DistributionRepository::notFoundMessage(distributionId));
    Basket basket;
    basket.distributionId = distributionId;
    basket.source = Basket::Source::Member;
    auto id = RecordWrites::insertNew<BasketRepository>(m_store, basket);
    if (!id)
        return id.error();
    return basket;
}

Result<Basket> OrderService::basket(const QString &basketId) const
{
    return BasketRepository(m_store).find(basketId);
}

Result<QList<Basket>> OrderService::baskets(const QString &distributionId) const
{
    return BasketRepository(m_store).listForDistribution(distributionId);
}

Status OrderService::setLine(const QString &basketId, const QString &productId, qint64 quantity)
{
    auto basket = BasketRepository(m_store).find(basketId);
    if (!basket)
        return basket.error();
    if (basket->status == Basket::Status::Cancelled)
        return Error(ErrorKind::Conflict, tr("This order is cancelled; reopen it before changing it."));
    auto product = ProductRepository(m_store).find(productId);
    if (!product)
        return product.error();

    auto windows = OrderingWindowRepository(m_store).listForDistribution(basket->distributionId);
    if (!windows)
        return windows.error();
    const bool offered = std::any_of(windows->cbegin(), windows->cend(), [&](const OrderingWindow &window) {
        return window.catalogueId == product->catalogueId;
    });
    if (!offered)
        return Error(ErrorKind::Validation, tr("“%1” is not offered at this distribution.").arg(product->name), u"productId"_s);

    OrderLineRepository lineRepository(m_store);
    auto existingLines = lineRepository.listForBasket(basketId);
    if (!existingLines)
        return existingLines.error();
    const auto existing = std::find_if(existingLines->cbegin(), existingLines->cend(),
                                       [&](const OrderLine &line) { return line.productId == productId; });

    if (quantity < 0)
        return Error(ErrorKind::Validation, tr("The quantity must be more than zero."), u"quantity"_s);
    if (quantity == 0) {
        if (existing == existingLines->cend())
            return {};
        return inTransaction(m_store.database(), [&]() -> Status { return lineRepository.remove(existing->id); });
    }

    OrderLine line = existing != existingLines->cend() ? *existing : OrderLine();
    line.basketId = basketId;
    line.productId = productId;
    line.quantity = quantity;
    line.estimatedGrams = LinePricing::estimatedGrams(*product, quantity);
    // A line added to a validated basket is priced at once, like the rest of the basket.
    if (basket->status == Basket::Status::Validated && !line.unitPriceCents)
        line.unitPriceCents = product->priceCents;
    if (Status valid = OrderLineRules::prepare(line); !valid)
        return valid;

    return inTransaction(m_store.database(), [&]() -> Status {
        if (line.id.isEmpty()) {
            line.id = Ids::create();
            return lineRepository.insert(line);
        }
        if (auto updated = lineRepository.update(line); !updated)
            return updated.error();
        return {};
    });
}

Result<QList<OrderLine>> OrderService::lines(const QString &basketId) const
{
    return OrderLineRepository(m_store).listForBasket(basketId);
}

Result<qint64> OrderService::total(const QString &basketId) const
{
    auto basketLines = lines(basketId);
    if (!basketLines)
        return basketLines.error();
    ProductRepository products(m_store);
    qint64 sum = 0;
    for (const OrderLine &line : *basketLines) {
        auto product = products.find(line.productId);
        if (!product)
            return product.error();
        sum += LinePricing::amount(*product, line);
    }
    return sum;
}

Status OrderService::validate(const QString &basketId)
{
    BasketRepository baskets(m_store);
    auto basket = baskets.find(basketId);
    if (!basket)
        return basket.error();
    if (basket->status == Basket::Status::Cancelled)
        return Error(ErrorKind::Conflict, tr("A cancelled order cannot be validated; reopen it first."));
    auto basketLines = lines(basketId);
    if (!basketLines)
        return basketLines.error();
    if (basketLines->isEmpty())
        return Error(ErrorKind::Validation, tr("An order without any product cannot be validated."));

    ProductRepository products(m_store);
    OrderLineRepository lineRepository(m_store);
    return inTransaction(m_store.database(), [&]() -> Status {
        for (OrderLine line : *basketLines) {
            if (line.unitPriceCents)
                continue;
            auto product = products.find(line.productId);
            if (!product)
                return product.error();
            line.unitPriceCents = product->priceCents;
            if (auto frozen = lineRepository.update(line); !frozen)
                return frozen.error();
        }
        Basket validated = *basket;
        validated.status = Basket::Status::Validated;
        if (!validated.validatedAt.isValid())
            validated.validatedAt = m_store.clock().now();
        if (auto updated = baskets.update(validated); !updated)
            return updated.error();
        return {};
    });
}

Status OrderService::cancel(const QString &basketId)
{
    auto found = basket(basketId);
    if (!found)
        return found.error();
    Basket cancelled = *found;
    cancelled.status = Basket::Status::Cancelled;
    return RecordWrites::updateExisting<BasketRepository>(m_store, cancelled);
}
