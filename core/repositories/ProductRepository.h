#pragma once

#include "domain/Product.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class ProductRepository : public Repository<ProductRepository, Product> {
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    explicit ProductRepository(Store &store);

    Result<QList<Product>> listForCatalogue(const QString &catalogueId, bool includeInactive = true) const;
    // A product of the catalogue with this reference (references are unique per catalogue).
    Result<QList<Product>> findByReference(const QString &reference) const;

    static QVariantMap toRow(const Product &record);
    static Product fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
