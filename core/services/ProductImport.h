#pragma once

#include "csv/CsvImport.h"
#include "domain/Product.h"

#include <QCoreApplication>

class Store;

// Products of one catalogue from a CSV file in Cagette's layout (ProductCsvLayout), through the
// shared import engine: the same preview, error lines and single transaction as the member
// import. A row matches a product of the catalogue with the same reference, or, without a
// reference, the same name (case and accents ignored); a matched row only fills the product's
// empty fields (reference, description, content), and says when its price differs: prices are
// never changed by an import. A row is in error without a name, with a price or VAT rate that
// does not read, with a value the product rules refuse, or naming the same product as an earlier
// row. A producer acting imports only into their own catalogues (refused, nothing read or written).
class ProductImport {
    Q_DECLARE_TR_FUNCTIONS(ProductImport)

public:
    ProductImport(Store &store, QString catalogueId) : m_store(store), m_catalogueId(std::move(catalogueId)) {}

    Result<ImportPlan<Product>> planFile(const QString &path, const ImportProgress &progress = {});
    Result<ImportPlan<Product>> plan(const CsvDocument &document, const ImportProgress &progress = {});
    // Writes the plan in one transaction.
    Result<ImportSummary> commit(const ImportPlan<Product> &plan, const ImportProgress &progress = {});

    // The product a row describes; problems of reading are returned as the error.
    static Result<Product> productFrom(const CsvRecord &record, const ColumnMapping &mapping);

private:
    Status mayImport() const;

    Store &m_store;
    QString m_catalogueId;
};
