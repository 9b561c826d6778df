#include "BasketSave.h"

#include "common/Ids.h"
#include "repositories/BasketRepository.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/DistributionRepository.h"
#include "repositories/LateChangeRepository.h"
#include "repositories/MemberRepository.h"
#include "repositories/OrderLineRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/ProductRepository.h"
#include "rules/OrderLineRules.h"
#include "store/Query.h"
#include "store/Store.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> quantityOf(const std::optional<OrderLine> &line)
{
    return line ? std::optional<qint64>(line->quantity) : std::nullopt;
}

}

BasketSave::BasketSave(Store &store, OrderActor actor)
    : m_store(store), m_actor(std::move(actor)), m_now(store.clock().now())
{
}

Status BasketSave::loadDistribution(const QString &distributionId)
{
    auto distribution = DistributionRepository(m_store).find(distributionId);
    if (!distribution)
        return distribution.error();
    m_distribution = *distribution;
    auto windows = OrderingWindowRepository(m_store).listForDistribution(distributionId);
    if (!windows)
        return windows.error();
    for (const OrderingWindow &window : *windows)
        m_windows.insert(window.catalogueId, window);
    return {};
}

Result<Product> BasketSave::productOf(const QString &productId)
{
    const auto known = m_products.constFind(productId);
    if (known != m_products.cend())
        return *known;
    auto product = ProductRepository(m_store).find(productId);
    if (product)
        m_products.insert(productId, *product);
    return product;
}

Result<QString> BasketSave::producerOf(const QString &catalogueId)
{
    const auto known = m_producers.constFind(catalogueId);
    if (known != m_producers.cend())
        return *known;
    auto catalogue = CatalogueRepository(m_store).find(catalogueId);
    if (!catalogue)
        return catalogue.error();
    m_producers.insert(catalogueId, catalogue->producerId);
    m_catalogueNames.insert(catalogueId, catalogue->name);
    return catalogue->producerId;
}

bool BasketSave::closed(const QString &catalogueId) const
{
    const auto window = m_windows.constFind(catalogueId);
    return window != m_windows.cend() && window->stateAt(m_now) == OrderingWindow::State::Closed;
}

Status BasketSave::checkOffered(const Product &product)
{
    if (!product.active)
        return Error(ErrorKind::Validation, tr("“%1” is no longer offered by its catalogue.").arg(product.name),
                     u"productId"_s);
    Query offer(m_store.database(), u"SELECT excluded FROM product_offer "
                                    "WHERE distribution_id = ? AND product_id = ? AND deleted = 0"_s);
    offer.bind(m_distribution.id).bind(product.id);
    if (Status done = offer.exec(); !done)
        return done;
    if (offer.next() && offer.flag(0))
        return Error(ErrorKind::Validation, tr("“%1” is left out of this distribution.").arg(product.name),
                     u"productId"_s);
    return {};
}

Status BasketSave::checkStock(const Product &product, qint64 quantity, const QString &basketId)
{
    Query stock(m_store.database(), u"SELECT stock FROM product_offer "
                                    "WHERE distribution_id = ? AND product_id = ? AND deleted = 0"_s);
    stock.bind(m_distribution.id).bind(product.id);
    if (Status done = stock.exec(); !done)
        return done;
    if (!stock.next() || stock.isNull(0))
        return {};
    const qint64 stocked = stock.integer(0);

    Query held(m_store.database(), u"SELECT coalesce(sum(line.quantity), 0) FROM order_line line "
                                   "JOIN basket b ON b.id = line.basket_id WHERE line.product_id = ? "
                                   "AND line.deleted = 0 AND b.deleted = 0 AND b.distribution_id = ? "
                                   "AND b.status != 'cancelled' AND b.id != ?"_s);
    held.bind(product.id).bind(m_distribution.id).bind(basketId);
    if (Status done = held.exec(); !done)
        return done;
    const qint64 others = held.next() ? held.integer(0) : 0;
    const qint64 left = std::max<qint64>(0, stocked - others);
    if (quantity <= left)
        return {};
    const LineQuantity available = QuantityText::withDefaultWeight(product, left);
    if (left == 0)
        return Error(ErrorKind::Validation, tr("“%1” is sold out for this distribution.").arg(product.name),
                     u"quantity"_s);
    return Error(ErrorKind::Validation,
                 tr("Only %1 of “%2” left for this distribution.")
                     .arg(product.orderedByWeight() ? QuantityText::weight(left)
                                                    : QuantityText::display(product, available),
                          product.name),
                 u"quantity"_s);
}

Result<BasketSave::Change> BasketSave::plan(const LineRequest &request, const std::optional<OrderLine> &before,
                                            const QString &basketId)
{
    auto product = productOf(request.productId);
    if (!product)
        return product.error();
    if (!m_windows.contains(product->catalogueId))
        return Error(ErrorKind::Validation, tr("“%1” is not offered at this distribution.").arg(product->name),
                     u"productId"_s);
    auto producer = producerOf(product->catalogueId);
    if (!producer)
        return producer.error();
    if (!m_actor.reaches(*producer))
        return Error(ErrorKind::Conflict,
                     tr("“%1” belongs to another producer’s catalogue: a producer changes only the lines of "
                        "their own catalogues.")
                         .arg(product->name),
                     u"productId"_s);
    if (request.quantity < 0)
        return Error(ErrorKind::Validation, tr("The quantity cannot be negative."), u"quantity"_s);
    if (request.quantity == 0 && !before)
        return Error(ErrorKind::Validation,
                     tr("“%1” is not in this order: there is no line to take out.").arg(product->name),
                     u"productId"_s);

    Change change;
    change.product = *product;
    change.before = before;
    if (request.quantity > 0) {
        LineQuantity quantity = QuantityText::withDefaultWeight(*product, request.quantity);
        if (request.estimatedGrams && product->weightPriced && !product->orderedByWeight())
            quantity.estimatedGrams = *request.estimatedGrams;
        if (Status valid = QuantityText::check(*product, quantity); !valid)
            return valid.error();
        change.after = quantity;
    }
    if (before && change.after && before->quantity == change.after->quantity
        && before->estimatedGrams == change.after->estimatedGrams)
        return change; // unchanged: the caller drops it
    change.kind = !before ? LateChange::Kind::Add : change.after ? LateChange::Kind::Change : LateChange::Kind::Remove;
    const bool more = change.after && (!before || change.after->quantity > before->quantity);
    if (more) {
        if (Status offered = checkOffered(*product); !offered)
            return offered.error();
        if (Status stocked = checkStock(*product, change.after->quantity, basketId); !stocked)
            return stocked.error();
    }
    change.late = closed(product->catalogueId);
    return change;
}

Error BasketSave::confirmationNeeded(const QStringList &catalogueIds)
{
    const QTimeZone zone = m_store.timeZone();
    QStringList parts;
    for (const QString &catalogueId : catalogueIds) {
        const QDateTime closedAt = m_windows.value(catalogueId).closesAt.toTimeZone(zone);
        parts.append(tr("“%1” closed on %2")
                         .arg(m_catalogueNames.value(catalogueId),
                              QLocale().toString(closedAt, u"ddd d MMM HH:mm"_s)));
    }
    return Error(ErrorKind::NeedsConfirmation,
                 tr("Ordering is closed: %1. The producer may already have printed their summary; confirm to "
                    "make the change and record it as a late change.")
                     .arg(parts.join(u"; "_s)),
                 u"late"_s);
}

Status BasketSave::recordLate(const Product &product, const QString &basketId, LateChange::Kind kind,
                              std::optional<qint64> before, std::optional<qint64> after)
{
    LateChange late;
    late.id = Ids::create();
    late.distributionId = m_distribution.id;
    late.catalogueId = product.catalogueId;
    late.basketId = basketId;
    late.productId = product.id;
    late.kind = kind;
    late.quantityBefore = before;
    late.quantityAfter = after;
    late.at = m_now;
    late.userName = m_actor.name;
    late.windowClosedAt = m_windows.value(product.catalogueId).closesAt;
    return LateChangeRepository(m_store).insert(late);
}

Status BasketSave::write(const Change &change, const QString &basketId, bool priced)
{
    OrderLineRepository lines(m_store);
    if (!change.after)
        return lines.remove(change.before->id);
    OrderLine line = change.before.value_or(OrderLine());
    line.basketId = basketId;
    line.productId = change.product.id;
    line.quantity = change.after->quantity;
    line.estimatedGrams = change.after->estimatedGrams;
    // A line of a validated basket is priced at once, like the rest of the basket.
    if (priced && !line.unitPriceCents)
        line.unitPriceCents = change.product.priceCents;
    if (Status valid = OrderLineRules::prepare(line); !valid)
        return valid;
    if (line.id.isEmpty()) {
        line.id = Ids::create();
        return lines.insert(line);
    }
    if (auto updated = lines.update(line); !updated)
        return updated.error();
    return {};
}

Result<SavedBasket> BasketSave::run(const BasketEdit &edit)
{
    BasketRepository baskets(m_store);
    std::optional<Basket> basket;
    QString distributionId = edit.distributionId;
    if (!edit.basketId.isEmpty()) {
        auto found = baskets.find(edit.basketId);
        if (!found)
            return found.error();
        if (!distributionId.isEmpty() && found->distributionId != distributionId)
            return Error(ErrorKind::Validation, tr("This order belongs to another distribution."), u"basketId"_s);
        // Giving a saved order to someone else would rewrite who ordered what (and the late
        // changes and summaries made for them): refused, the order is cancelled and retaken.
        if (!edit.memberId.isEmpty() && found->memberId != edit.memberId)
            return Error(ErrorKind::Conflict,
                         tr("This order is already saved for another member, and the member of a saved order "
                            "cannot be changed. Cancel it, then take the order for the right member."),
                         u"memberId"_s);
        if (found->status == Basket::Status::Cancelled && !edit.reopen)
            return Error(ErrorKind::Conflict, edit.validate
                                                  ? tr("A cancelled order cannot be validated; reopen it first.")
                                                  : tr("This order is cancelled; reopen it before changing it."));
        basket = *found;
        distributionId = found->distributionId;
    }
    if (Status loaded = loadDistribution(distributionId); !loaded)
        return loaded.error();
    if (m_distribution.cancelled)
        return Error(ErrorKind::Conflict,
                     tr("The distribution of %1 is cancelled: its orders can no longer change.")
                         .arg(QLocale().toString(m_distribution.date, QLocale::ShortFormat)));
    if (!basket) {
        if (edit.memberId.isEmpty())
            return Error(ErrorKind::Validation, tr("Choose the member who orders."), u"memberId"_s);
        if (!MemberRepository(m_store).exists(edit.memberId))
            return Error::notFound(MemberRepository::notFoundMessage(edit.memberId));
        auto existing = baskets.findForMember(distributionId, edit.memberId);
        if (!existing)
            return existing.error();
        basket = *existing;
    }
    const QString basketId = basket ? basket->id : Ids::create();

    auto storedLines = basket ? OrderLineRepository(m_store).listForBasket(basket->id) : QList<OrderLine>();
    if (!storedLines)
        return storedLines.error();
    QHash<QString, OrderLine> stored;
    for (const OrderLine &line : *storedLines)
        stored.insert(line.productId, line);

    // Every change is planned and checked before anything is written.
    QList<Change> changes;
    QSet<QString> requested;
    QHash<QString, LineRequest> lastRequest;
    QStringList order;
    for (const LineRequest &request : edit.lines) {
        if (!lastRequest.contains(request.productId))
            order.append(request.productId);
        lastRequest.insert(request.productId, request); // the same product twice: the last one counts
    }
    for (const QString &productId : order) {
        requested.insert(productId);
        const auto before = stored.constFind(productId);
        auto change = plan(lastRequest.value(productId), before == stored.cend() ? std::nullopt
                                                                                : std::optional<OrderLine>(*before),
                           basketId);
        if (!change)
            return change.error();
        const bool unchanged = change->before.has_value() == change->after.has_value()
                               && (!change->after
                                   || (change->before->quantity == change->after->quantity
                                       && change->before->estimatedGrams == change->after->estimatedGrams));
        if (!unchanged)
            changes.append(*change);
    }
    if (edit.replaceOtherLines) {
        for (const OrderLine &line : *storedLines) {
            if (requested.contains(line.productId))
                continue;
            auto product = productOf(line.productId);
            if (!product)
                return product.error();
            auto producer = producerOf(product->catalogueId);
            if (!producer)
                return producer.error();
            if (!m_actor.reaches(*producer))
                continue;
            Change removal;
            removal.product = *product;
            removal.before = line;
            removal.kind = LateChange::Kind::Remove;
            removal.late = closed(product->catalogueId);
            changes.append(removal);
        }
    }

    // The lines the basket will hold once saved.
    QHash<QString, bool> remaining; // product → whether it changes now
    for (const OrderLine &line : *storedLines)
        remaining.insert(line.productId, false);
    for (const Change &change : changes) {
        if (change.after)
            remaining.insert(change.product.id, true);
        else
            remaining.remove(change.product.id);
    }
    if (!basket && remaining.isEmpty())
        return Error(ErrorKind::Validation, tr("Add at least one product to the order."), u"lines"_s);
    if (basket && basket->status == Basket::Status::Cancelled) {
        // Reopened, its lines count again: each must still fit in the stock.
        for (const OrderLine &line : *storedLines) {
            if (!remaining.contains(line.productId) || remaining.value(line.productId))
                continue;
            auto product = productOf(line.productId);
            if (!product)
                return product.error();
            if (Status stocked = checkStock(*product, line.quantity, basketId); !stocked)
                return stocked.error();
        }
    }

    const bool wasValidated = basket && basket->status == Basket::Status::Validated;
    const bool validating = edit.validate && !wasValidated;
    QList<Change> validatedLate; // unchanged lines of closed catalogues that validation makes count
    if (edit.validate) {
        if (remaining.isEmpty())
            return Error(ErrorKind::Validation, tr("An order without any product cannot be validated."), u"lines"_s);
        for (const OrderLine &line : *storedLines) {
            if (!remaining.contains(line.productId))
                continue;
            auto product = productOf(line.productId);
            if (!product)
                return product.error();
            auto producer = producerOf(product->catalogueId);
            if (!producer)
                return producer.error();
            if (!m_actor.reaches(*producer))
                return Error(ErrorKind::Conflict, tr("This order also holds products of other producers: only a "
                                                     "coordinator can validate it."));
            if (validating && !remaining.value(line.productId) && closed(product->catalogueId)) {
                Change counted;
                counted.product = *product;
                counted.before = line;
                counted.after = LineQuantity{line.quantity, line.estimatedGrams};
                counted.kind = LateChange::Kind::Validate;
                counted.late = true;
                validatedLate.append(counted);
            }
        }
    }

    QStringList lateCatalogues;
    for (const QList<Change> *list : {&changes, &validatedLate}) {
        for (const Change &change : *list) {
            if (change.late && !lateCatalogues.contains(change.product.catalogueId))
                lateCatalogues.append(change.product.catalogueId);
        }
    }
    if (!lateCatalogues.isEmpty() && edit.late == LatePolicy::Refuse) {
        for (const QString &catalogueId : lateCatalogues) {
            if (auto known = producerOf(catalogueId); !known)
                return known.error();
        }
        return confirmationNeeded(lateCatalogues);
    }

    SavedBasket saved;
    saved.basketId = basketId;
    saved.linesChanged = int(changes.size());
    if (!basket) {
        Basket created;
        created.id = basketId;
        created.distributionId = distributionId;
        created.memberId = edit.memberId;
        created.source = edit.source.value_or(m_actor.basketSource());
        if (Status inserted = baskets.insert(created); !inserted)
            return inserted.error();
        basket = created;
        saved.created = true;
    } else if (basket->status == Basket::Status::Cancelled) {
        basket->status = Basket::Status::InProgress;
        basket->validatedAt = {};
        if (auto reopened = baskets.update(*basket); !reopened)
            return reopened.error();
    }

    const bool priced = wasValidated || validating;
    for (const Change &change : changes) {
        if (Status written = write(change, basketId, priced); !written)
            return written.error();
        if (change.late) {
            const std::optional<qint64> after = change.after ? std::optional<qint64>(change.after->quantity)
                                                             : std::nullopt;
            if (Status recorded = recordLate(change.product, basketId, change.kind, quantityOf(change.before), after);
                !recorded)
                return recorded.error();
            ++saved.lateChanges;
        }
    }
    for (const Change &change : validatedLate) {
        if (Status recorded = recordLate(change.product, basketId, LateChange::Kind::Validate, std::nullopt,
                                         change.before->quantity);
            !recorded)
            return recorded.error();
        ++saved.lateChanges;
    }

    if (validating) {
        // Freezes the price of every line that has none yet (the lines written above have theirs).
        OrderLineRepository lines(m_store);
        for (OrderLine line : *storedLines) {
            if (line.unitPriceCents || !remaining.contains(line.productId) || remaining.value(line.productId))
                continue;
            auto product = productOf(line.productId);
            if (!product)
                return product.error();
            line.unitPriceCents = product->priceCents;
            if (auto frozen = lines.update(line); !frozen)
                return frozen.error();
        }
        basket->status = Basket::Status::Validated;
        basket->validatedAt = m_now;
        if (auto updated = baskets.update(*basket); !updated)
            return updated.error();
    }
    saved.status = basket->status;
    return saved;
}

Result<SavedBasket> BasketSave::cancel(const QString &basketId, LatePolicy late)
{
    BasketRepository baskets(m_store);
    auto basket = baskets.find(basketId);
    if (!basket)
        return basket.error();
    SavedBasket saved;
    saved.basketId = basketId;
    saved.status = Basket::Status::Cancelled;
    if (basket->status == Basket::Status::Cancelled)
        return saved;
    if (Status loaded = loadDistribution(basket->distributionId); !loaded)
        return loaded.error();
    auto lines = OrderLineRepository(m_store).listForBasket(basketId);
    if (!lines)
        return lines.error();

    QList<Change> uncounted;
    for (const OrderLine &line : *lines) {
        auto product = productOf(line.productId);
        if (!product)
            return product.error();
        auto producer = producerOf(product->catalogueId);
        if (!producer)
            return producer.error();
        if (!m_actor.reaches(*producer))
            return Error(ErrorKind::Conflict, tr("This order also holds products of other producers: only a "
                                                 "coordinator can cancel it."));
        if (basket->status == Basket::Status::Validated && closed(product->catalogueId)) {
            Change change;
            change.product = *product;
            change.before = line;
            uncounted.append(change);
        }
    }
    if (!uncounted.isEmpty() && late == LatePolicy::Refuse) {
        QStringList catalogues;
        for (const Change &change : uncounted) {
            if (!catalogues.contains(change.product.catalogueId))
                catalogues.append(change.product.catalogueId);
        }
        return confirmationNeeded(catalogues);
    }
    for (const Change &change : uncounted) {
        if (Status recorded = recordLate(change.product, basketId, LateChange::Kind::Cancel, change.before->quantity,
                                         std::nullopt);
            !recorded)
            return recorded.error();
        ++saved.lateChanges;
    }
    Basket cancelled = *basket;
    cancelled.status = Basket::Status::Cancelled;
    if (auto updated = baskets.update(cancelled); !updated)
        return updated.error();
    return saved;
}
