#include "OrderContext.h"

#include "repositories/CatalogueRepository.h"
#include "repositories/DistributionRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/ProductRepository.h"
#include "store/Store.h"

OrderContext::OrderContext(Store &store, OrderActor actor)
    : m_store(store), m_actor(std::move(actor)), m_now(store.clock().now())
{
}

Status OrderContext::load(const QString &distributionId)
{
    auto distribution = DistributionRepository(m_store).find(distributionId);
    if (!distribution)
        return distribution.error();
    m_distribution = *distribution;
    auto windows = OrderingWindowRepository(m_store).listForDistribution(distributionId);
    if (!windows)
        return windows.error();
    m_windows.clear();
    for (const OrderingWindow &window : *windows)
        m_windows.insert(window.catalogueId, window);
    return {};
}

Result<Product> OrderContext::product(const QString &productId)
{
    const auto known = m_products.constFind(productId);
    if (known != m_products.cend())
        return *known;
    auto product = ProductRepository(m_store).find(productId);
    if (product)
        m_products.insert(productId, *product);
    return product;
}

Result<OrderContext::CatalogueFacts> OrderContext::catalogue(const QString &catalogueId)
{
    const auto known = m_catalogues.constFind(catalogueId);
    if (known != m_catalogues.cend())
        return *known;
    auto catalogue = CatalogueRepository(m_store).find(catalogueId);
    if (!catalogue)
        return catalogue.error();
    const CatalogueFacts facts{catalogue->name, catalogue->producerId};
    m_catalogues.insert(catalogueId, facts);
    return facts;
}

Result<bool> OrderContext::reaches(const Product &product)
{
    auto facts = catalogue(product.catalogueId);
    if (!facts)
        return facts.error();
    return m_actor.reaches(facts->producerId);
}

bool OrderContext::closed(const QString &catalogueId) const
{
    const auto window = m_windows.constFind(catalogueId);
    return window != m_windows.cend() && window->stateAt(m_now) == OrderingWindow::State::Closed;
}

Error OrderContext::confirmationNeeded(const QStringList &catalogueIds)
{
    QList<LateRule::ClosedCatalogue> closedOnes;
    for (const QString &catalogueId : catalogueIds) {
        auto facts = catalogue(catalogueId);
        if (!facts)
            return facts.error();
        closedOnes.append({facts->name, closesAt(catalogueId)});
    }
    return LateRule::confirmationNeeded(closedOnes, m_store.timeZone());
}
