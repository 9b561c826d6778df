#include "CatalogueService.h"

#include "RecordWrites.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/ProducerRepository.h"
#include "repositories/ProductRepository.h"
#include "rules/CatalogueRules.h"
#include "rules/ProducerRules.h"
#include "rules/ProductRules.h"

using namespace Qt::StringLiterals;

Result<QString> CatalogueService::addProducer(Producer producer)
{
    if (Status valid = ProducerRules::prepare(producer); !valid)
        return valid.error();
    return RecordWrites::insertNew<ProducerRepository>(m_store, producer);
}

Status CatalogueService::updateProducer(Producer producer)
{
    if (Status valid = ProducerRules::prepare(producer); !valid)
        return valid;
    return RecordWrites::updateExisting<ProducerRepository>(m_store, producer);
}

Result<Producer> CatalogueService::producer(const QString &id) const
{
    return ProducerRepository(m_store).find(id);
}

Result<QList<Producer>> CatalogueService::producers(bool includeArchived) const
{
    return ProducerRepository(m_store).list(includeArchived);
}

Result<QString> CatalogueService::addCatalogue(Catalogue catalogue)
{
    if (Status valid = CatalogueRules::prepare(catalogue); !valid)
        return valid.error();
    if (!ProducerRepository(m_store).exists(catalogue.producerId))
        return Error::notFound(ProducerRepository::notFoundMessage(catalogue.producerId));
    return RecordWrites::insertNew<CatalogueRepository>(m_store, catalogue);
}

Status CatalogueService::updateCatalogue(Catalogue catalogue)
{
    if (Status valid = CatalogueRules::prepare(catalogue); !valid)
        return valid;
    if (!ProducerRepository(m_store).exists(catalogue.producerId))
        return Error::notFound(ProducerRepository::notFoundMessage(catalogue.producerId));
    return RecordWrites::updateExisting<CatalogueRepository>(m_store, catalogue);
}

Result<Catalogue> CatalogueService::catalogue(const QString &id) const
{
    return CatalogueRepository(m_store).find(id);
}

Result<QList<Catalogue>> CatalogueService::catalogues() const
{
    return CatalogueRepository(m_store).list();
}

Result<QList<Catalogue>> CatalogueService::cataloguesOf(const QString &producerId) const
{
    return CatalogueRepository(m_store).listForProducer(producerId);
}

Status CatalogueService::checkProductReference(const Product &product) const
{
    if (product.reference.isEmpty())
        return {};
    auto sameReference = ProductRepository(m_store).findByReference(product.reference);
    if (!sameReference)
        return sameReference.error();
    for (const Product &other : *sameReference) {
        if (other.id != product.id && other.catalogueId == product.catalogueId) {
            return Error(ErrorKind::Conflict,
                         tr("The reference “%1” is already used by “%2” in this catalogue.").arg(product.reference, other.name),
                         u"reference"_s);
        }
    }
    return {};
}

Result<QString> CatalogueService::addProduct(Product product)
{
    if (Status valid = ProductRules::prepare(product); !valid)
        return valid.error();
    if (!CatalogueRepository(m_store).exists(product.catalogueId))
        return Error::notFound(CatalogueRepository::notFoundMessage(product.catalogueId));
    if (Status unique = checkProductReference(product); !unique)
        return unique.error();
    return RecordWrites::insertNew<ProductRepository>(m_store, product);
}

Status CatalogueService::updateProduct(Product product)
{
    if (Status valid = ProductRules::prepare(product); !valid)
        return valid;
    if (!CatalogueRepository(m_store).exists(product.catalogueId))
        return Error::notFound(CatalogueRepository::notFoundMessage(product.catalogueId));
    if (Status unique = checkProductReference(product); !unique)
        return unique;
    return RecordWrites::updateExisting<ProductRepository>(m_store, product);
}

Result<Product> CatalogueService::product(const QString &id) const
{
    return ProductRepository(m_store).find(id);
}

Result<QList<Product>> CatalogueService::products(const QString &catalogueId, bool includeInactive) const
{
    return ProductRepository(m_store).listForCatalogue(catalogueId, includeInactive);
}
