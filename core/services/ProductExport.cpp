#include "ProductExport.h"

#include "CatalogueAccess.h"
#include "ProductCsvLayout.h"
#include "csv/CsvWriter.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/ProductRepository.h"

#include <QSaveFile>

Result<int> ProductExport::write(const QString &catalogueId, const QString &path, bool includeInactive)
{
    if (!CatalogueRepository(m_store).exists(catalogueId))
        return Error::notFound(CatalogueRepository::notFoundMessage(catalogueId));
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    if (Status seen = access->maySeeCatalogue(catalogueId); !seen)
        return seen.error();
    auto products = ProductRepository(m_store).listForCatalogue(catalogueId, includeInactive);
    if (!products)
        return products.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Storage, tr("The file “%1” cannot be written: %2").arg(path, file.errorString()));
    CsvWriter csv(file);
    csv.writeRecord(ProductCsvLayout::header());
    for (const Product &product : *products)
        csv.writeRecord(ProductCsvLayout::row(product));
    if (!csv.ok() || !file.commit())
        return Error(ErrorKind::Storage, tr("The file “%1” cannot be written: %2").arg(path, file.errorString()));
    return int(products->size());
}
