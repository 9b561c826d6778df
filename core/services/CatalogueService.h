#pragma once

#include "common/Result.h"
#include "domain/Catalogue.h"
#include "domain/Producer.h"
#include "domain/Product.h"

#include <QCoreApplication>

class Store;

// Producers, their catalogues and the products in them, under their rules.
class CatalogueService {
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)

public:
    explicit CatalogueService(Store &store) : m_store(store) {}

    Result<QString> addProducer(Producer producer);
    Status updateProducer(Producer producer);
    Result<Producer> producer(const QString &id) const;
    Result<QList<Producer>> producers(bool includeArchived = false) const;

    Result<QString> addCatalogue(Catalogue catalogue);
    Status updateCatalogue(Catalogue catalogue);
    Result<Catalogue> catalogue(const QString &id) const;
    Result<QList<Catalogue>> catalogues() const;
    Result<QList<Catalogue>> cataloguesOf(const QString &producerId) const;

    Result<QString> addProduct(Product product);
    Status updateProduct(Product product);
    Result<Product> product(const QString &id) const;
    Result<QList<Product>> products(const QString &catalogueId, bool includeInactive = true) const;

private:
    Status checkProductReference(const Product &product) const;

    Store &m_store;
};
