#include "OrderEntryOffer.h"

#include "common/SearchText.h"
#include "domain/StockLeft.h"

#include <QStringList>

using namespace Qt::StringLiterals;

void OrderEntryOffer::index()
{
    m_productIndex.clear();
    m_catalogueIndex.clear();
    m_productIndex.reserve(products.size());
    for (qsizetype i = 0; i < products.size(); ++i)
        m_productIndex.insert(products.at(i).product.id, i);
    for (qsizetype i = 0; i < catalogues.size(); ++i)
        m_catalogueIndex.insert(catalogues.at(i).id, i);
}

const OfferedProduct *OrderEntryOffer::product(const QString &productId) const
{
    const auto found = m_productIndex.constFind(productId);
    return found == m_productIndex.cend() ? nullptr : &products.at(*found);
}

const OfferedCatalogue *OrderEntryOffer::catalogue(const QString &catalogueId) const
{
    const auto found = m_catalogueIndex.constFind(catalogueId);
    return found == m_catalogueIndex.cend() ? nullptr : &catalogues.at(*found);
}

std::optional<qint64> OrderEntryOffer::available(const OfferedProduct &product, qint64 heldByBasket) const
{
    return StockLeft::forBasket(product.stock, product.held - heldByBasket);
}

QList<const OfferedProduct *> OrderEntryOffer::find(const QString &text, int limit) const
{
    const QString folded = SearchText::fold(text);
    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    QList<const OfferedProduct *> exact;
    QList<const OfferedProduct *> starting;
    QList<const OfferedProduct *> containing;
    for (const OfferedProduct &candidate : products) {
        if (!candidate.offered)
            continue;
        if (!candidate.referenceKey.isEmpty() && candidate.referenceKey == folded) {
            exact.append(&candidate);
            continue;
        }
        bool all = true;
        for (const QString &word : words) {
            if (!candidate.searchText.contains(word)) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        if (!words.isEmpty() && candidate.searchText.startsWith(words.first()))
            starting.append(&candidate);
        else
            containing.append(&candidate);
    }
    QList<const OfferedProduct *> found = exact + starting + containing;
    if (limit >= 0 && found.size() > limit)
        found.resize(limit);
    return found;
}

const OfferedProduct *OrderEntryOffer::resolve(const QString &text) const
{
    const QString folded = SearchText::fold(text);
    if (folded.isEmpty())
        return nullptr;
    for (const OfferedProduct &candidate : products) {
        if (!candidate.offered)
            continue;
        if (candidate.referenceKey == folded || candidate.nameKey == folded)
            return &candidate;
    }
    const QList<const OfferedProduct *> found = find(text, 2);
    return found.size() == 1 ? found.first() : nullptr;
}
