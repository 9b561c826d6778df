#include "CatalogueService.h"

#include "CatalogueAccess.h"
#include "RecordWrites.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/ProducerRepository.h"
#include "repositories/ProductRepository.h"
#include "rules/CatalogueRules.h"
#include "rules/ProducerRules.h"
#include "queries/ProductUsageQuery.h"
#include "rules/ProductRules.h"

#include <QSet>

using namespace Qt::StringLiterals;

Result<QString> CatalogueService::addProducer(Producer producer)
{
    if (Status allowed = coordinatorOnly(tr("Only a coordinator can add a producer to the group.")); !allowed)
        return allowed.error();
    if (Status valid = ProducerRules::prepare(producer); !valid)
        return valid.error();
    return RecordWrites::insertNew<ProducerRepository>(m_store, producer);
}

Status CatalogueService::updateProducer(Producer producer)
{
    if (Status valid = ProducerRules::prepare(producer); !valid)
        return valid;
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    if (Status allowed = access->mayChangeProducer(producer.id); !allowed)
        return allowed;
    // Archiving is the group's decision (setProducerArchived): a producer's own edit keeps it.
    if (access->isProducer()) {
        auto stored = ProducerRepository(m_store).find(producer.id);
        if (!stored)
            return stored.error();
        if (producer.archived != stored->archived)
            return access->coordinatorOnly(archivingRefusal());
    }
    return RecordWrites::updateExisting<ProducerRepository>(m_store, producer);
}

Result<Producer> CatalogueService::producer(const QString &id) const
{
    return ProducerRepository(m_store).find(id);
}

Result<QList<Producer>> CatalogueService::producers(bool includeArchived) const
{
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    auto all = ProducerRepository(m_store).list(includeArchived);
    if (!all || !access->isProducer())
        return all;
    QList<Producer> reached;
    for (const Producer &one : *all) {
        if (access->reachesProducer(one.id))
            reached.append(one);
    }
    return reached;
}

Status CatalogueService::setProducerArchived(const QString &producerId, bool archived)
{
    // Archiving takes a producer out of new distributions: the group's decision, not theirs.
    if (Status allowed = coordinatorOnly(archivingRefusal()); !allowed)
        return allowed;
    auto found = producer(producerId);
    if (!found)
        return found.error();
    Producer changed = *found;
    changed.archived = archived;
    return RecordWrites::updateExisting<ProducerRepository>(m_store, changed);
}

Result<QString> CatalogueService::addCatalogue(Catalogue catalogue)
{
    if (Status valid = CatalogueRules::prepare(catalogue); !valid)
        return valid.error();
    if (!ProducerRepository(m_store).exists(catalogue.producerId))
        return Error::notFound(ProducerRepository::notFoundMessage(catalogue.producerId));
    if (Status allowed = mayChange(&CatalogueAccess::mayChangeProducer, catalogue.producerId); !allowed)
        return allowed.error();
    return RecordWrites::insertNew<CatalogueRepository>(m_store, catalogue);
}

Status CatalogueService::updateCatalogue(Catalogue catalogue)
{
    if (Status valid = CatalogueRules::prepare(catalogue); !valid)
        return valid;
    if (!ProducerRepository(m_store).exists(catalogue.producerId))
        return Error::notFound(ProducerRepository::notFoundMessage(catalogue.producerId));
    // Neither another producer's catalogue, nor one's own given to another producer.
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    if (Status allowed = access->mayChangeCatalogue(catalogue.id); !allowed)
        return allowed;
    if (Status allowed = access->mayChangeProducer(catalogue.producerId); !allowed)
        return allowed;
    return RecordWrites::updateExisting<CatalogueRepository>(m_store, catalogue);
}

Result<Catalogue> CatalogueService::catalogue(const QString &id) const
{
    return CatalogueRepository(m_store).find(id);
}

Result<QList<Catalogue>> CatalogueService::catalogues() const
{
    return inReach(CatalogueRepository(m_store).list());
}

Result<QList<Catalogue>> CatalogueService::cataloguesOf(const QString &producerId) const
{
    return inReach(CatalogueRepository(m_store).listForProducer(producerId));
}

Result<QList<Catalogue>> CatalogueService::inReach(Result<QList<Catalogue>> all) const
{
    if (!all)
        return all;
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    if (!access->isProducer())
        return all;
    QList<Catalogue> reached;
    for (const Catalogue &one : *all) {
        if (access->reachesProducer(one.producerId))
            reached.append(one);
    }
    return reached;
}

Result<QList<Catalogue>> CatalogueService::activeCatalogues() const
{
    auto current = producers(false);
    if (!current)
        return current.error();
    QSet<QString> producerIds;
    for (const Producer &one : *current)
        producerIds.insert(one.id);
    auto all = catalogues();
    if (!all)
        return all.error();
    QList<Catalogue> active;
    for (const Catalogue &one : *all) {
        if (one.active && producerIds.contains(one.producerId))
            active.append(one);
    }
    return active;
}

Status CatalogueService::setCatalogueActive(const QString &catalogueId, bool active)
{
    if (Status allowed = mayChange(&CatalogueAccess::mayChangeCatalogue, catalogueId); !allowed)
        return allowed;
    auto found = catalogue(catalogueId);
    if (!found)
        return found.error();
    Catalogue changed = *found;
    changed.active = active;
    return RecordWrites::updateExisting<CatalogueRepository>(m_store, changed);
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
    if (Status allowed = mayChange(&CatalogueAccess::mayChangeCatalogue, product.catalogueId); !allowed)
        return allowed.error();
    if (Status unique = checkProductReference(product); !unique)
        return unique.error();
    return RecordWrites::insertNew<ProductRepository>(m_store, product);
}

Status CatalogueService::updateProduct(Product product)
{
    if (Status valid = ProductRules::prepare(product); !valid)
        return valid;
    auto before = ProductRepository(m_store).find(product.id);
    if (!before)
        return before.error();
    if (Status allowed = mayChange(&CatalogueAccess::mayChangeProduct, product.id); !allowed)
        return allowed;
    if (product.catalogueId != before->catalogueId) {
        return Error(ErrorKind::Validation, tr("A product stays in its catalogue; create it in the other one instead."),
                     u"catalogueId"_s);
    }
    if (product.weightPriced != before->weightPriced) {
        auto lines = ProductUsageQuery(m_store).lineCount(product.id);
        if (!lines)
            return lines.error();
        if (*lines > 0) {
            return Error(ErrorKind::Conflict,
                         tr("“%1” was already ordered, so whether it is priced by weight can no longer change; "
                            "create a new product instead.").arg(before->name),
                         u"weightPriced"_s);
        }
    }
    if (Status unique = checkProductReference(product); !unique)
        return unique;
    return RecordWrites::updateExisting<ProductRepository>(m_store, product);
}

Status CatalogueService::setProductActive(const QString &productId, bool active)
{
    if (Status allowed = mayChange(&CatalogueAccess::mayChangeProduct, productId); !allowed)
        return allowed;
    auto found = product(productId);
    if (!found)
        return found.error();
    Product changed = *found;
    changed.active = active;
    return RecordWrites::updateExisting<ProductRepository>(m_store, changed);
}

Result<Product> CatalogueService::product(const QString &id) const
{
    return ProductRepository(m_store).find(id);
}

Result<QList<Product>> CatalogueService::products(const QString &catalogueId, bool includeInactive) const
{
    if (Status allowed = mayChange(&CatalogueAccess::maySeeCatalogue, catalogueId); !allowed)
        return allowed.error();
    return ProductRepository(m_store).listForCatalogue(catalogueId, includeInactive);
}

Result<std::optional<Product>> CatalogueService::productByReference(const QString &catalogueId,
                                                                   const QString &reference) const
{
    auto sameReference = ProductRepository(m_store).findByReference(reference);
    if (!sameReference)
        return sameReference.error();
    for (const Product &one : *sameReference) {
        if (one.catalogueId == catalogueId)
            return std::optional<Product>(one);
    }
    return std::optional<Product>();
}

QString CatalogueService::archivingRefusal()
{
    return tr("Only a coordinator can archive or restore a producer.");
}

Status CatalogueService::coordinatorOnly(const QString &refusal) const
{
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    return access->coordinatorOnly(refusal);
}

Status CatalogueService::mayChange(Status (CatalogueAccess::*check)(const QString &) const, const QString &id) const
{
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    return ((*access).*check)(id);
}
