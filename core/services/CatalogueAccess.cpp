#include "CatalogueAccess.h"

#include "repositories/CatalogueRepository.h"
#include "repositories/ProducerRepository.h"
#include "repositories/ProductRepository.h"
#include "services/ActorLookup.h"

Result<CatalogueAccess> CatalogueAccess::of(Store &store)
{
    auto actor = ActorLookup::of(store);
    if (!actor)
        return actor.error();
    return CatalogueAccess(store, *actor);
}

Result<CatalogueAccess::Owned> CatalogueAccess::ownedProducer(const QString &producerId) const
{
    auto producer = ProducerRepository(m_store).find(producerId);
    if (!producer)
        return producer.error();
    return Owned{producer->id, producer->name};
}

Result<CatalogueAccess::Owned> CatalogueAccess::ownedCatalogue(const QString &catalogueId) const
{
    auto catalogue = CatalogueRepository(m_store).find(catalogueId);
    if (!catalogue)
        return catalogue.error();
    return Owned{catalogue->producerId, catalogue->name};
}

Result<CatalogueAccess::Owned> CatalogueAccess::ownedProduct(const QString &productId) const
{
    auto product = ProductRepository(m_store).find(productId);
    if (!product)
        return product.error();
    auto catalogue = ownedCatalogue(product->catalogueId);
    if (!catalogue)
        return catalogue.error();
    return Owned{catalogue->producerId, product->name};
}

Status CatalogueAccess::refuseOthers(const std::function<Result<Owned>()> &lookUp, const QString &refusal) const
{
    // A coordinator reaches everything: nothing to look up.
    if (!isProducer())
        return {};
    auto owned = lookUp();
    if (!owned)
        return owned.error();
    if (!reachesProducer(owned->producerId))
        return Error(ErrorKind::Conflict, refusal.arg(owned->name));
    return {};
}

QString CatalogueAccess::changeRefusal()
{
    return tr("“%1” belongs to another producer: a producer changes only their own producer record, "
              "catalogues and products.");
}

Result<bool> CatalogueAccess::reachesCatalogue(const QString &catalogueId) const
{
    if (!isProducer())
        return true;
    auto catalogue = ownedCatalogue(catalogueId);
    if (!catalogue)
        return catalogue.error();
    return reachesProducer(catalogue->producerId);
}

Status CatalogueAccess::mayChangeProducer(const QString &producerId) const
{
    return refuseOthers([&] { return ownedProducer(producerId); }, changeRefusal());
}

Status CatalogueAccess::mayChangeCatalogue(const QString &catalogueId) const
{
    return refuseOthers([&] { return ownedCatalogue(catalogueId); }, changeRefusal());
}

Status CatalogueAccess::mayChangeProduct(const QString &productId) const
{
    return refuseOthers([&] { return ownedProduct(productId); }, changeRefusal());
}

Status CatalogueAccess::maySeeProducer(const QString &producerId) const
{
    return refuseOthers([&] { return ownedProducer(producerId); },
                        tr("“%1” is another producer: a producer sees only their own record, catalogues and "
                           "products."));
}

Status CatalogueAccess::maySeeCatalogue(const QString &catalogueId) const
{
    return refuseOthers([&] { return ownedCatalogue(catalogueId); },
                        tr("“%1” is another producer’s catalogue: a producer sees only their own catalogues and "
                           "products."));
}

Status CatalogueAccess::coordinatorOnly(const QString &refusal) const
{
    if (isProducer())
        return Error(ErrorKind::Conflict, refusal);
    return {};
}
