#include "CatalogueAccess.h"

#include "repositories/CatalogueRepository.h"
#include "repositories/ProducerRepository.h"
#include "repositories/ProductRepository.h"

Result<CatalogueAccess> CatalogueAccess::of(Store &store)
{
    auto actor = OrderActor::of(store);
    if (!actor)
        return actor.error();
    return CatalogueAccess(store, *actor);
}

Result<bool> CatalogueAccess::reachesCatalogue(const QString &catalogueId) const
{
    if (!isProducer())
        return true;
    auto catalogue = CatalogueRepository(m_store).find(catalogueId);
    if (!catalogue)
        return catalogue.error();
    return reachesProducer(catalogue->producerId);
}

Error CatalogueAccess::refusal(const QString &what) const
{
    return Error(ErrorKind::Conflict,
                 tr("“%1” belongs to another producer: a producer changes only their own producer record, "
                    "catalogues and products.")
                     .arg(what));
}

Status CatalogueAccess::mayChangeProducer(const QString &producerId) const
{
    if (!isProducer())
        return {};
    auto producer = ProducerRepository(m_store).find(producerId);
    if (!producer)
        return producer.error();
    if (!reachesProducer(producer->id))
        return refusal(producer->name);
    return {};
}

Status CatalogueAccess::mayChangeCatalogue(const QString &catalogueId) const
{
    if (!isProducer())
        return {};
    auto catalogue = CatalogueRepository(m_store).find(catalogueId);
    if (!catalogue)
        return catalogue.error();
    if (!reachesProducer(catalogue->producerId))
        return refusal(catalogue->name);
    return {};
}

Status CatalogueAccess::mayChangeProduct(const QString &productId) const
{
    if (!isProducer())
        return {};
    auto product = ProductRepository(m_store).find(productId);
    if (!product)
        return product.error();
    auto reached = reachesCatalogue(product->catalogueId);
    if (!reached)
        return reached.error();
    if (!*reached)
        return refusal(product->name);
    return {};
}

Status CatalogueAccess::maySeeProducer(const QString &producerId) const
{
    if (!isProducer())
        return {};
    auto producer = ProducerRepository(m_store).find(producerId);
    if (!producer)
        return producer.error();
    if (!reachesProducer(producer->id))
        return Error(ErrorKind::Conflict,
                     tr("“%1” is another producer: a producer sees only their own record, catalogues and products.")
                         .arg(producer->name));
    return {};
}

Status CatalogueAccess::maySeeCatalogue(const QString &catalogueId) const
{
    if (!isProducer())
        return {};
    auto catalogue = CatalogueRepository(m_store).find(catalogueId);
    if (!catalogue)
        return catalogue.error();
    if (!reachesProducer(catalogue->producerId))
        return Error(ErrorKind::Conflict,
                     tr("“%1” is another producer’s catalogue: a producer sees only their own catalogues and products.")
                         .arg(catalogue->name));
    return {};
}

Status CatalogueAccess::coordinatorOnly(const QString &refusal) const
{
    if (isProducer())
        return Error(ErrorKind::Conflict, refusal);
    return {};
}
