#pragma once

#include "common/Result.h"
#include "domain/Catalogue.h"
#include "domain/Producer.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <optional>

class CatalogueAccess;
class Store;

// Producers, their catalogues and the products in them, under their rules.
class CatalogueService {
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)

public:
    explicit CatalogueService(Store &store) : m_store(store) {}

    // A producer acting changes only their own producer record, catalogues and products, and
    // sees only theirs in the lists (CatalogueAccess); adding or archiving producers is a
    // coordinator's work. Refusals are Conflict errors and write nothing.
    Result<QString> addProducer(Producer producer);
    Status updateProducer(Producer producer);
    Result<Producer> producer(const QString &id) const;
    Result<QList<Producer>> producers(bool includeArchived = false) const;
    // An archived producer and their catalogues are no longer offered for new distributions.
    Status setProducerArchived(const QString &producerId, bool archived);

    Result<QString> addCatalogue(Catalogue catalogue);
    Status updateCatalogue(Catalogue catalogue);
    Result<Catalogue> catalogue(const QString &id) const;
    Result<QList<Catalogue>> catalogues() const;
    Result<QList<Catalogue>> cataloguesOf(const QString &producerId) const;
    // The catalogues a new distribution may take: active, of producers not archived.
    Result<QList<Catalogue>> activeCatalogues() const;
    // An inactive catalogue is no longer offered for new distributions; the ones it takes part
    // in keep it.
    Status setCatalogueActive(const QString &catalogueId, bool active);

    Result<QString> addProduct(Product product);
    // A price change applies to orders in progress; validated lines keep their frozen price.
    // Once a product was ordered, whether it is priced by weight can no longer change.
    Status updateProduct(Product product);
    // An inactive product is left out of every distribution's offer until active again.
    Status setProductActive(const QString &productId, bool active);
    Result<Product> product(const QString &id) const;
    // Refused for a producer asking for another producer's catalogue.
    Result<QList<Product>> products(const QString &catalogueId, bool includeInactive = true) const;
    // The catalogue's product with this reference, if any.
    Result<std::optional<Product>> productByReference(const QString &catalogueId, const QString &reference) const;

private:
    Status checkProductReference(const Product &product) const;
    Result<QList<Catalogue>> inReach(Result<QList<Catalogue>> all) const;
    Status coordinatorOnly(const QString &refusal) const;
    static QString archivingRefusal();
    Status mayChange(Status (CatalogueAccess::*check)(const QString &) const, const QString &id) const;

    Store &m_store;
};
