#include "OrderService.h"

#include "RecordWrites.h"
#include "domain/LinePricing.h"
#include "orders/BasketSave.h"
#include "queries/PreviousBasketQuery.h"
#include "repositories/BasketRepository.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/DistributionRepository.h"
#include "repositories/MemberRepository.h"
#include "repositories/OrderLineRepository.h"
#include "repositories/ProductRepository.h"
#include "services/ActorLookup.h"
#include "store/Store.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

Result<OrderActor> OrderService::actor() const
{
    if (m_actor)
        return *m_actor;
    return ActorLookup::of(m_store);
}

Result<SavedBasket> OrderService::save(const BasketEdit &edit)
{
    auto acting = actor();
    if (!acting)
        return acting.error();
    return inTransaction(m_store.database(), [&]() -> Result<SavedBasket> {
        return BasketSave(m_store, *acting).run(edit);
    });
}

Result<Basket> OrderService::openBasket(const QString &distributionId, const QString &memberId,
                                        Basket::Source source)
{
    BasketEdit edit;
    edit.distributionId = distributionId;
    edit.memberId = memberId;
    edit.allowEmpty = true;
    edit.source = source;
    auto saved = save(edit);
    if (!saved)
        return saved.error();
    return basket(saved->basketId);
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

Result<std::optional<Basket>> OrderService::basketOf(const QString &distributionId, const QString &memberId) const
{
    return BasketRepository(m_store).findForMember(distributionId, memberId);
}

Status OrderService::setLine(const QString &basketId, const QString &productId, qint64 quantity, LatePolicy late)
{
    BasketEdit edit;
    edit.basketId = basketId;
    edit.lines = {{productId, quantity, std::nullopt}};
    edit.late = late;
    auto saved = save(edit);
    if (!saved)
        return saved.error();
    return {};
}

Result<QList<OrderLine>> OrderService::lines(const QString &basketId) const
{
    return OrderLineRepository(m_store).listForBasket(basketId);
}

Result<QList<OrderLine>> OrderService::linesInReach(const QString &basketId) const
{
    auto all = lines(basketId);
    if (!all)
        return all.error();
    auto acting = actor();
    if (!acting)
        return acting.error();
    if (!acting->isProducer())
        return all;
    QList<OrderLine> reached;
    ProductRepository products(m_store);
    CatalogueRepository catalogues(m_store);
    for (const OrderLine &line : *all) {
        auto product = products.find(line.productId);
        if (!product)
            return product.error();
        auto catalogue = catalogues.find(product->catalogueId);
        if (!catalogue)
            return catalogue.error();
        if (acting->reaches(catalogue->producerId))
            reached.append(line);
    }
    return reached;
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

Status OrderService::validate(const QString &basketId, LatePolicy late)
{
    BasketEdit edit;
    edit.basketId = basketId;
    edit.validate = true;
    edit.late = late;
    auto saved = save(edit);
    if (!saved)
        return saved.error();
    return {};
}

Status OrderService::cancel(const QString &basketId, LatePolicy late)
{
    auto acting = actor();
    if (!acting)
        return acting.error();
    auto cancelled = inTransaction(m_store.database(), [&]() -> Result<SavedBasket> {
        return BasketSave(m_store, *acting).cancel(basketId, late);
    });
    if (!cancelled)
        return cancelled.error();
    return {};
}

Result<std::optional<PreviousBasket>> OrderService::previousBasket(const QString &distributionId,
                                                                   const QString &memberId) const
{
    auto current = DistributionRepository(m_store).find(distributionId);
    if (!current)
        return current.error();
    auto acting = actor();
    if (!acting)
        return acting.error();

    auto found = PreviousBasketQuery(m_store).before(*current, memberId, *acting);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<PreviousBasket>();
    const QString basketId = (*found)->basketId;
    PreviousBasket previous;
    previous.distributionDate = (*found)->distributionDate;
    auto stored = basket(basketId);
    if (!stored)
        return stored.error();
    previous.basket = *stored;

    auto visible = linesInReach(basketId);
    if (!visible)
        return visible.error();
    ProductRepository products(m_store);
    for (const OrderLine &line : *visible) {
        auto product = products.find(line.productId);
        if (!product)
            return product.error();
        previous.lines.append({line, product->name});
    }
    return std::optional<PreviousBasket>(previous);
}
