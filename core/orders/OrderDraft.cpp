#include "OrderDraft.h"

#include "LateRule.h"
#include "StockRefusal.h"
#include "domain/LinePricing.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

OrderLine asOrderLine(const DraftLine &line)
{
    OrderLine stored;
    stored.productId = line.productId;
    stored.quantity = line.quantity.quantity;
    stored.estimatedGrams = line.quantity.estimatedGrams;
    stored.unitPriceCents = line.unitPriceCents;
    stored.weighedGrams = line.weighedGrams;
    return stored;
}

}

void OrderDraft::start(const QString &memberId, const std::optional<Basket> &basket,
                       const QList<OrderLine> &storedLines)
{
    m_memberId = memberId;
    m_basket = basket;
    m_stored.clear();
    for (const OrderLine &line : storedLines) {
        if (!m_offer->product(line.productId))
            continue;
        m_stored.append({line.productId, {line.quantity, line.estimatedGrams}, line.unitPriceCents, line.weighedGrams});
    }
    m_lines = m_stored;
}

Result<QStringList> OrderDraft::changeMember(const QString &memberId, const std::optional<Basket> &basket,
                                             const QList<OrderLine> &storedLines)
{
    if (m_basket)
        return Error(ErrorKind::Conflict,
                     tr("This order is already saved: the member of a saved order cannot be changed."),
                     u"memberId"_s);
    const QList<DraftLine> typed = m_lines;
    start(memberId, basket, storedLines);
    QStringList replaced;
    for (const DraftLine &line : typed) {
        const qsizetype row = indexOf(line.productId);
        if (row < 0) {
            m_lines.append(line);
            continue;
        }
        DraftLine merged = m_lines.at(row); // its frozen price and weighing, as an edit keeps them
        if (merged.quantity == line.quantity)
            continue;
        merged.quantity = line.quantity;
        m_lines[row] = merged;
        replaced.append(line.productId);
    }
    return replaced;
}

qsizetype OrderDraft::indexOf(const QString &productId) const
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).productId == productId)
            return row;
    }
    return -1;
}

void OrderDraft::insertLine(qsizetype row, const DraftLine &line)
{
    m_lines.insert(std::clamp<qsizetype>(row, 0, m_lines.size()), line);
}

void OrderDraft::replaceLine(qsizetype row, const DraftLine &line)
{
    if (row >= 0 && row < m_lines.size())
        m_lines[row] = line;
}

void OrderDraft::removeLine(qsizetype row)
{
    if (row >= 0 && row < m_lines.size())
        m_lines.removeAt(row);
}

qint64 OrderDraft::storedQuantity(const QString &productId) const
{
    for (const DraftLine &line : m_stored) {
        if (line.productId == productId)
            return line.quantity.quantity;
    }
    return 0;
}

std::optional<qint64> OrderDraft::available(const QString &productId) const
{
    const OfferedProduct *product = m_offer->product(productId);
    if (!product)
        return qint64(0);
    // What this basket held when stored is counted in `held` only while it is not cancelled.
    const bool counted = m_basket && m_basket->status != Basket::Status::Cancelled;
    return m_offer->available(*product, counted ? storedQuantity(productId) : 0);
}

Status OrderDraft::check(const QString &productId, const LineQuantity &quantity) const
{
    const OfferedProduct *offered = m_offer->product(productId);
    if (!offered)
        return Error(ErrorKind::Validation, tr("This product is not offered at this distribution."), u"productId"_s);
    const Product &product = offered->product;
    if (Status valid = QuantityText::check(product, quantity); !valid)
        return valid;
    const qsizetype row = indexOf(productId);
    const qint64 current = row >= 0 ? m_lines.at(row).quantity.quantity : 0;
    if (quantity.quantity <= std::max(current, storedQuantity(productId)))
        return {};
    if (!offered->offered)
        return Error(ErrorKind::Validation, tr("“%1” is not on offer at this distribution.").arg(product.name),
                     u"productId"_s);
    return StockRefusal::check(product, quantity.quantity, available(productId));
}

bool OrderDraft::isClosed(const QString &productId, const QDateTime &now) const
{
    const OfferedProduct *product = m_offer->product(productId);
    return product && m_offer->catalogueOf(*product).window.stateAt(now) == OrderingWindow::State::Closed;
}

qint64 OrderDraft::unitPrice(const DraftLine &line) const
{
    const OfferedProduct *product = m_offer->product(line.productId);
    return product ? LinePricing::unitPrice(product->product, asOrderLine(line)) : 0;
}

qint64 OrderDraft::amount(const DraftLine &line) const
{
    const OfferedProduct *product = m_offer->product(line.productId);
    return product ? LinePricing::amount(product->product, asOrderLine(line)) : 0;
}

BasketTotals OrderDraft::totals() const
{
    BasketTotals totals;
    for (const DraftLine &line : m_lines) {
        const OfferedProduct *product = m_offer->product(line.productId);
        if (!product)
            continue;
        totals.add(amount(line), product->product.vatRateBasisPoints, m_offer->catalogueOf(*product).vatRegistered);
    }
    return totals;
}

bool OrderDraft::isDirty() const
{
    if (m_lines.size() != m_stored.size())
        return true;
    for (const DraftLine &line : m_lines) {
        const auto stored = std::find_if(m_stored.cbegin(), m_stored.cend(),
                                         [&](const DraftLine &candidate) { return candidate.productId == line.productId; });
        if (stored == m_stored.cend() || stored->quantity != line.quantity)
            return true;
    }
    return false;
}

QStringList OrderDraft::lateCatalogues(const QDateTime &now, bool validate) const
{
    QList<LineChange> changes;
    const auto catalogueOf = [&](const QString &productId) {
        const OfferedProduct *product = m_offer->product(productId);
        return product ? product->product.catalogueId : QString();
    };
    for (const DraftLine &line : m_lines) {
        const auto stored = std::find_if(m_stored.cbegin(), m_stored.cend(),
                                         [&](const DraftLine &s) { return s.productId == line.productId; });
        changes.append({line.productId, catalogueOf(line.productId),
                        stored == m_stored.cend() ? std::nullopt : std::optional<LineQuantity>(stored->quantity),
                        line.quantity});
    }
    for (const DraftLine &line : m_stored) {
        if (indexOf(line.productId) < 0)
            changes.append({line.productId, catalogueOf(line.productId), line.quantity, std::nullopt});
    }
    const auto closed = [&](const QString &catalogueId) {
        const OfferedCatalogue *catalogue = m_offer->catalogue(catalogueId);
        return catalogue && catalogue->window.stateAt(now) == OrderingWindow::State::Closed;
    };
    return LateRule::catalogues(LateRule::lateLines(changes, validate && !isValidated(), closed));
}

BasketEdit OrderDraft::edit(bool validate, LatePolicy late) const
{
    BasketEdit edit;
    edit.distributionId = m_offer->distribution.id;
    if (m_basket)
        edit.basketId = m_basket->id;
    else
        edit.memberId = m_memberId;
    edit.reopen = true;
    edit.replaceOtherLines = true;
    edit.validate = validate;
    edit.late = late;
    for (const DraftLine &line : m_lines)
        edit.lines.append({line.productId, line.quantity.quantity, line.quantity.estimatedGrams});
    return edit;
}

CarryOver OrderDraft::carryOver(const PreviousBasket &previous, const QDateTime &now) const
{
    CarryOver carried;
    carried.from = previous.distributionDate;
    for (const PreviousBasket::Line &line : previous.lines) {
        const OfferedProduct *product = m_offer->product(line.line.productId);
        if (!product || !product->offered) {
            carried.left.append({line.productName, tr("not offered at this distribution")});
            continue;
        }
        if (indexOf(product->product.id) >= 0)
            continue;
        LineQuantity quantity{line.line.quantity, line.line.estimatedGrams};
        if (!product->product.weightPriced)
            quantity.estimatedGrams = 0;
        else if (product->product.orderedByWeight())
            quantity.estimatedGrams = quantity.quantity;
        else if (quantity.estimatedGrams <= 0)
            quantity = QuantityText::withDefaultWeight(product->product, quantity.quantity);
        const auto left = available(product->product.id);
        if (left && *left <= 0) {
            carried.left.append({product->product.name, tr("sold out")});
            continue;
        }
        if (left && quantity.quantity > *left) {
            const qint64 wanted = quantity.quantity;
            quantity = QuantityText::withDefaultWeight(product->product, *left);
            carried.left.append({product->product.name,
                                 tr("only %1 left (%2 last time)")
                                     .arg(QuantityText::display(product->product, quantity),
                                          QuantityText::display(product->product,
                                                                QuantityText::withDefaultWeight(product->product, wanted)))});
        }
        carried.lines.append({product->product.id, quantity, std::nullopt, std::nullopt});
        if (isClosed(product->product.id, now))
            carried.lateProductIds.append(product->product.id);
    }
    return carried;
}
