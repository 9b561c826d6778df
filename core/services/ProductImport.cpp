#include "ProductImport.h"

#include "CatalogueAccess.h"
#include "ProductCsvLayout.h"
#include "common/Ids.h"
#include "common/Money.h"
#include "common/SearchText.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/ProductRepository.h"
#include "rules/ProductRules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QString nameKey(const QString &name)
{
    return SearchText::fold(name);
}

// The catalogue's products, and the rows planned so far, by reference and by name.
class ProductIndex {
public:
    void addExisting(const Product &product)
    {
        if (!product.reference.isEmpty())
            m_byReference.insert(product.reference.toLower(), product);
        m_byName.insert(nameKey(product.name), product);
    }

    const Product *match(const Product &product) const
    {
        if (!product.reference.isEmpty()) {
            if (const auto found = m_byReference.constFind(product.reference.toLower()); found != m_byReference.cend())
                return &*found;
            // A product of that name without a reference yet is the same product.
            const auto named = m_byName.constFind(nameKey(product.name));
            return named != m_byName.cend() && named->reference.isEmpty() ? &*named : nullptr;
        }
        const auto named = m_byName.constFind(nameKey(product.name));
        return named != m_byName.cend() ? &*named : nullptr;
    }

    // The earlier row of the file naming the same product (by reference, or by name without
    // one), 0 when none.
    int earlierLine(const Product &product) const
    {
        if (!product.reference.isEmpty())
            return m_lineByReference.value(product.reference.toLower());
        return m_lineByName.value(nameKey(product.name));
    }

    void addRow(int line, const Product &product)
    {
        if (!product.reference.isEmpty())
            m_lineByReference.insert(product.reference.toLower(), line);
        else
            m_lineByName.insert(nameKey(product.name), line);
    }

private:
    QHash<QString, Product> m_byReference;
    QHash<QString, Product> m_byName;
    QHash<QString, int> m_lineByReference;
    QHash<QString, int> m_lineByName;
};

}

Result<Product> ProductImport::productFrom(const CsvRecord &record, const ColumnMapping &mapping)
{
    namespace Layout = ProductCsvLayout;
    Product product;
    product.name = mapping.value(record, Layout::productName);
    product.reference = mapping.value(record, Layout::ref);
    product.description = mapping.value(record, Layout::desc);
    if (product.name.isEmpty())
        return Error(ErrorKind::Validation, tr("No product name."));

    const QString priceText = mapping.value(record, Layout::price);
    if (priceText.isEmpty())
        return Error(ErrorKind::Validation, tr("No price."));
    const auto cents = Money::parse(priceText);
    if (!cents)
        return Error(ErrorKind::Validation, tr("“%1” is not a price (write it 3.50 or 3,50).").arg(priceText));
    product.priceCents = *cents;

    const QString vatText = mapping.value(record, Layout::vat);
    if (!vatText.isEmpty()) {
        const auto rate = Layout::vatFrom(vatText);
        if (!rate)
            return Error(ErrorKind::Validation, tr("“%1” is not a VAT rate (write it 5.5 for 5.5 %).").arg(vatText));
        product.vatRateBasisPoints = *rate;
    }

    const QString unitText = mapping.value(record, Layout::unit);
    const Product::Unit unit = Layout::unitFrom(unitText);
    const QString quantityText = mapping.value(record, Layout::qt);
    qint64 quantity = 0;
    if (!quantityText.isEmpty()) {
        const auto parsed = Decimal::parseThousandths(quantityText);
        if (!parsed || *parsed < 0)
            return Error(ErrorKind::Validation, tr("“%1” is not a quantity (write it 0.5 or 500).").arg(quantityText));
        quantity = *parsed;
    }

    product.organic = Layout::flagFrom(mapping.value(record, Layout::organic));
    product.bulk = Layout::flagFrom(mapping.value(record, Layout::bulk));
    product.weightPriced = Layout::flagFrom(mapping.value(record, Layout::variablePrice));
    if (!product.weightPriced) {
        product.unit = unit;
        product.contentThousandths = quantity;
        return product;
    }
    // Priced by weight: the price is per kilogram; a weight other than one kilogram is the
    // estimated weight of the piece it is ordered by.
    product.unit = Product::Unit::Kilogram;
    qint64 grams = 0;
    if (unit == Product::Unit::Gram)
        grams = Money::divideRounded(quantity, 1000);
    else if (unit == Product::Unit::Kilogram)
        grams = quantity;
    else if (quantity > 0 && unit != Product::Unit::Piece)
        return Error(ErrorKind::Validation,
                     tr("A product with a variable price is sold by weight: its unit must be g or kg, not “%1”.")
                         .arg(unitText));
    if (grams > 0 && grams != 1000)
        product.pieceWeightGrams = int(std::min<qint64>(grams, 1'000'000));
    return product;
}

Result<ImportPlan<Product>> ProductImport::planFile(const QString &path, const ImportProgress &progress)
{
    auto document = CsvReader::readFile(path);
    if (!document)
        return document.error();
    return plan(*document, progress);
}

Result<ImportPlan<Product>> ProductImport::plan(const CsvDocument &document, const ImportProgress &progress)
{
    if (!CatalogueRepository(m_store).exists(m_catalogueId))
        return Error::notFound(CatalogueRepository::notFoundMessage(m_catalogueId));
    if (Status allowed = mayImport(); !allowed)
        return allowed.error();
    auto existing = ProductRepository(m_store).listForCatalogue(m_catalogueId, true);
    if (!existing)
        return existing.error();
    ProductIndex index;
    for (const Product &product : *existing)
        index.addExisting(product);

    // Cagette's files have a header; one without is read in Cagette's column order.
    const CsvRecord first = document.records.isEmpty() ? CsvRecord() : document.records.first();
    const ColumnMapping mapping = ColumnMapping::detect(ProductCsvLayout::fields(), ProductCsvLayout::fields(), first);

    const auto planRow = [&](const CsvRecord &record, const ColumnMapping &columns) {
        ImportRow<Product> row;
        row.kind = ImportRowKind::Error;
        auto read = productFrom(record, columns);
        if (!read) {
            row.reason = read.error().message();
            return row;
        }
        Product product = *read;
        product.catalogueId = m_catalogueId;
        if (Status valid = ProductRules::prepare(product); !valid) {
            row.reason = QString(valid.error().message()).replace(u'\n', u' ');
            return row;
        }
        if (const int earlier = index.earlierLine(product)) {
            row.reason = tr("The same product as line %1.").arg(earlier);
            return row;
        }
        index.addRow(record.line, product);

        const Product *matched = index.match(product);
        if (!matched) {
            row.kind = ImportRowKind::Create;
            row.record = product;
            return row;
        }
        row.kind = ImportRowKind::Match;
        row.existingId = matched->id;
        row.existingName = matched->name;
        row.record = *matched;
        if (row.record.reference.isEmpty() && !product.reference.isEmpty()) {
            row.record.reference = product.reference;
            row.filledFields.append(u"reference"_s);
        }
        if (row.record.description.isEmpty() && !product.description.isEmpty()) {
            row.record.description = product.description;
            row.filledFields.append(u"description"_s);
        }
        if (row.record.contentThousandths == 0 && product.contentThousandths > 0 && !row.record.weightPriced) {
            row.record.contentThousandths = product.contentThousandths;
            row.filledFields.append(u"content_thousandths"_s);
        }
        QStringList remarks;
        if (matched->priceCents != product.priceCents) {
            remarks.append(tr("The file’s price (%1) is not the catalogue’s (%2); an import never changes a price.")
                               .arg(Money::format(product.priceCents), Money::format(matched->priceCents)));
        }
        if (!matched->active)
            remarks.append(tr("Inactive product."));
        row.reason = remarks.join(u' ');
        return row;
    };
    return CsvImport<Product>::plan(document, mapping, planRow, progress);
}

Status ProductImport::mayImport() const
{
    // A producer imports into their own catalogues only (CatalogueAccess).
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    return access->mayChangeCatalogue(m_catalogueId);
}

Result<ImportSummary> ProductImport::commit(const ImportPlan<Product> &plan, const ImportProgress &progress)
{
    if (Status allowed = mayImport(); !allowed)
        return allowed.error();
    ProductRepository products(m_store);
    const auto create = [&](const ImportRow<Product> &row) -> Status {
        Product product = row.record;
        product.id = Ids::create();
        product.catalogueId = m_catalogueId;
        return products.insert(product);
    };
    const auto fill = [&](const ImportRow<Product> &row) -> Status {
        // Against the product as stored now: only fields still empty take the file's value.
        auto current = products.find(row.existingId);
        if (!current)
            return current.error();
        Product filled = *current;
        if (row.filledFields.contains(u"reference"_s) && filled.reference.isEmpty())
            filled.reference = row.record.reference;
        if (row.filledFields.contains(u"description"_s) && filled.description.isEmpty())
            filled.description = row.record.description;
        if (row.filledFields.contains(u"content_thousandths"_s) && filled.contentThousandths == 0)
            filled.contentThousandths = row.record.contentThousandths;
        if (auto updated = products.update(filled); !updated)
            return updated.error();
        return {};
    };
    return CsvImport<Product>::commit(m_store, plan, MatchAction::FillEmptyFields, create, fill, progress);
}
