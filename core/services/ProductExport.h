#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Store;

// A catalogue's products as a file in Cagette's layout (ProductCsvLayout), RFC 4180 with a
// comma, that Cagette and Comptoir's own import read back.
class ProductExport {
    Q_DECLARE_TR_FUNCTIONS(ProductExport)

public:
    explicit ProductExport(Store &store) : m_store(store) {}

    // Returns how many products were written (inactive ones only when asked). The file is
    // replaced only once written whole.
    Result<int> write(const QString &catalogueId, const QString &path, bool includeInactive = false);

private:
    Store &m_store;
};
