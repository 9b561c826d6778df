#include "OrderService.h"

#include "RecordWrites.h"
#include "domain/LinePricing.h"
#include "orders/BasketSave.h"
#include "repositories/BasketRepository.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/DistributionRepository.h"
#include "repositories/MemberRepository.h"
#include "repositories/OrderLineRepository.h"
#include "repositories/ProductRepository.h"
#include "store/Query.h"
#include "store/SqlValue.h"
#include "store/Store.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

Result<OrderActor> OrderService::actor() const
{
    if (m_actor)
        return *m_actor;
    return OrderActor::of(m_store);
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

    // The lines a producer may see are those of their catalogues; a coordinator sees them all.
    const QString reach = acting->isProducer()
        ? u"AND EXISTS (SELECT 1 FROM order_line l JOIN product p ON p.id = l.product_id "
          "JOIN catalogue c ON c.id = p.catalogue_id WHERE l.basket_id = b.id AND l.deleted = 0 "
          "AND c.producer_id = ?) "_s
        : u"AND EXISTS (SELECT 1 FROM order_line l WHERE l.basket_id = b.id AND l.deleted = 0) "_s;
    Query query(m_store.database(),
                u"SELECT b.id, d.local_date FROM basket b JOIN distribution d ON d.id = b.distribution_id "
                "WHERE b.member_id = ? AND b.deleted = 0 AND b.status = 'validated' AND d.deleted = 0 "
                "AND d.cancelled = 0 AND b.distribution_id != ? "
                "AND (d.local_date < ? OR (d.local_date = ? AND d.start_time < ?)) "_s
                    + reach + u"ORDER BY d.local_date DESC, d.start_time DESC LIMIT 1"_s);
    query.bind(memberId).bind(distributionId).bind(SqlValue::date(current->date)).bind(SqlValue::date(current->date))
        .bind(SqlValue::time(current->startTime));
    if (acting->isProducer())
        query.bind(acting->producerId);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<PreviousBasket>();
    const QString basketId = query.text(0);
    PreviousBasket previous;
    previous.distributionDate = SqlValue::toDate(query.value(1));
    auto found = basket(basketId);
    if (!found)
        return found.error();
    previous.basket = *found;

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
