#include "MemberMerge.h"

#include "common/PhoneNumber.h"
#include "domain/Basket.h"
#include "domain/OrderLine.h"
#include "repositories/BasketRepository.h"
#include "repositories/MemberRepository.h"
#include "repositories/OrderLineRepository.h"
#include "repositories/ProductRepository.h"
#include "rules/MemberRules.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct TextField {
    const char *column;
    QString Member::*field;
};

const TextField fillableFields[] = {
    {"first_name", &Member::firstName},
    {"last_name", &Member::lastName},
    {"phone", &Member::phone},
    {"email", &Member::email},
    {"partner_first_name", &Member::partnerFirstName},
    {"partner_last_name", &Member::partnerLastName},
    {"partner_phone", &Member::partnerPhone},
    {"partner_email", &Member::partnerEmail},
    {"address1", &Member::address1},
    {"address2", &Member::address2},
    {"postcode", &Member::postcode},
    {"town", &Member::town},
};

// Thrown away by run() in plan mode: an error that rolls the transaction back.
const QString planOnly = u"plan-only"_s;

}

Member MemberMerge::combine(const Member &kept, const Member &duplicate, QStringList *fieldsFilled)
{
    Member merged = kept;
    QStringList filled;
    for (const TextField &text : fillableFields) {
        if ((merged.*text.field).isEmpty() && !(duplicate.*text.field).isEmpty()) {
            merged.*text.field = duplicate.*text.field;
            filled.append(QString::fromLatin1(text.column));
        }
    }

    // Contacts that would otherwise be lost go to the notes.
    QStringList extra;
    const QStringList keptPhones{merged.phone, merged.partnerPhone};
    for (const QString &phone : {duplicate.phone, duplicate.partnerPhone}) {
        if (!phone.isEmpty() && !keptPhones.contains(phone))
            extra.append(tr("Other phone: %1").arg(PhoneNumber::display(phone)));
    }
    const QStringList keptEmails{merged.email.toLower(), merged.partnerEmail.toLower()};
    for (const QString &email : {duplicate.email, duplicate.partnerEmail}) {
        if (!email.isEmpty() && !keptEmails.contains(email.toLower()))
            extra.append(tr("Other e-mail: %1").arg(email));
    }
    if (!duplicate.notes.isEmpty() && !merged.notes.contains(duplicate.notes))
        extra.append(duplicate.notes);
    if (!extra.isEmpty()) {
        if (!merged.notes.isEmpty())
            extra.prepend(merged.notes);
        merged.notes = extra.join(u'\n');
        filled.append(u"notes"_s);
    }

    if (kept.email.isEmpty() && !merged.email.isEmpty() && merged.notifications != duplicate.notifications) {
        merged.notifications = duplicate.notifications;
        filled.append(u"notifications"_s);
    }
    if (duplicate.memberSince.isValid()
        && (!merged.memberSince.isValid() || duplicate.memberSince < merged.memberSince)) {
        merged.memberSince = duplicate.memberSince;
        filled.append(u"member_since"_s);
    }
    if (merged.archived && !duplicate.archived) {
        merged.archived = false;
        filled.append(u"archived"_s);
    }
    if (fieldsFilled)
        *fieldsFilled = filled;
    return merged;
}

Result<MergeReport> MemberMerge::plan(const QString &keptId, const QString &duplicateId)
{
    return run(keptId, duplicateId, false);
}

Result<MergeReport> MemberMerge::merge(const QString &keptId, const QString &duplicateId)
{
    return run(keptId, duplicateId, true);
}

Status MemberMerge::dropBasket(const Basket &basket)
{
    OrderLineRepository lines(m_store);
    auto basketLines = lines.listForBasket(basket.id);
    if (!basketLines)
        return basketLines.error();
    for (const OrderLine &line : *basketLines) {
        if (Status removed = lines.remove(line.id); !removed)
            return removed;
    }
    return BasketRepository(m_store).remove(basket.id);
}

Status MemberMerge::moveBaskets(const QString &keptId, const QString &duplicateId, MergeReport &report)
{
    BasketRepository baskets(m_store);
    auto keptBaskets = baskets.listForMember(keptId);
    if (!keptBaskets)
        return keptBaskets.error();
    auto duplicateBaskets = baskets.listForMember(duplicateId);
    if (!duplicateBaskets)
        return duplicateBaskets.error();
    QHash<QString, Basket> keptByDistribution;
    for (const Basket &basket : *keptBaskets)
        keptByDistribution.insert(basket.distributionId, basket);

    for (Basket moving : *duplicateBaskets) {
        const auto existing = keptByDistribution.constFind(moving.distributionId);
        if (existing == keptByDistribution.cend()) {
            moving.memberId = keptId;
            if (auto moved = baskets.update(moving); !moved)
                return moved.error();
            ++report.basketsMoved;
            continue;
        }
        const Basket &target = *existing;
        if (moving.status == Basket::Status::Cancelled) {
            if (Status dropped = dropBasket(moving); !dropped)
                return dropped;
            ++report.basketsDropped;
            continue;
        }
        if (target.status == Basket::Status::Cancelled) {
            if (Status dropped = dropBasket(target); !dropped)
                return dropped;
            moving.memberId = keptId;
            if (auto moved = baskets.update(moving); !moved)
                return moved.error();
            ++report.basketsDropped;
            ++report.basketsMoved;
            continue;
        }
        if (Status joined = joinBaskets(moving, target, report); !joined)
            return joined;
        ++report.basketsCombined;
    }
    return {};
}

Status MemberMerge::joinBaskets(const Basket &moving, Basket target, MergeReport &report)
{
    // Both live: the duplicate's lines join the kept basket.
    BasketRepository baskets(m_store);
    OrderLineRepository lines(m_store);
    auto targetFound = lines.listForBasket(target.id);
    if (!targetFound)
        return targetFound.error();
    QList<OrderLine> targetLines = *targetFound;
    auto movingLines = lines.listForBasket(moving.id);
    if (!movingLines)
        return movingLines.error();
    const bool validated = target.status == Basket::Status::Validated || moving.status == Basket::Status::Validated;
    for (const OrderLine &line : *movingLines) {
        const auto same = std::find_if(targetLines.begin(), targetLines.end(),
                                       [&](const OrderLine &other) { return other.productId == line.productId; });
        if (same == targetLines.end()) {
            OrderLine moved = line;
            moved.basketId = target.id;
            targetLines.append(moved);
            continue;
        }
        same->quantity += line.quantity;
        same->estimatedGrams += line.estimatedGrams;
        if (!same->unitPriceCents)
            same->unitPriceCents = line.unitPriceCents;
        if (same->weighedGrams && line.weighedGrams) {
            *same->weighedGrams += *line.weighedGrams;
        } else if (same->weighedGrams || line.weighedGrams) {
            same->weighedGrams.reset();
            report.linesToWeighAgain.append(line.productId);
        }
        if (Status removed = lines.remove(line.id); !removed)
            return removed;
    }
    ProductRepository products(m_store);
    for (OrderLine &line : targetLines) {
        if (validated && !line.unitPriceCents) {
            auto product = products.find(line.productId);
            if (!product)
                return product.error();
            line.unitPriceCents = product->priceCents;
        }
        if (auto updated = lines.update(line); !updated)
            return updated.error();
    }
    if (Status removed = baskets.remove(moving.id); !removed)
        return removed;
    if (validated) {
        target.status = Basket::Status::Validated;
        for (const QDateTime &at : {moving.validatedAt, target.validatedAt}) {
            if (at.isValid() && (!target.validatedAt.isValid() || at < target.validatedAt))
                target.validatedAt = at;
        }
        if (!target.validatedAt.isValid())
            target.validatedAt = m_store.clock().now();
        if (auto updated = baskets.update(target); !updated)
            return updated.error();
    }
    return {};
}

Result<MergeReport> MemberMerge::run(const QString &keptId, const QString &duplicateId, bool write)
{
    if (keptId == duplicateId)
        return Error(ErrorKind::Validation, tr("Choose two different members to merge."));
    MemberRepository members(m_store);
    auto kept = members.find(keptId);
    if (!kept)
        return kept.error();
    auto duplicate = members.find(duplicateId);
    if (!duplicate)
        return duplicate.error();
    if (kept->anonymised || duplicate->anonymised)
        return Error(ErrorKind::Conflict, tr("An anonymised member cannot be merged."));

    MergeReport report;
    report.kept = combine(*kept, *duplicate, &report.fieldsFilled);
    if (Status valid = MemberRules::prepare(report.kept); !valid)
        return valid.error();

    // Plan and merge run the same code; a plan rolls its transaction back.
    Result<MergeReport> outcome = inTransaction(m_store.database(), [&]() -> Result<MergeReport> {
        if (Status moved = moveBaskets(keptId, duplicateId, report); !moved)
            return moved.error();
        if (auto updated = members.update(report.kept); !updated)
            return updated.error();
        if (Status removed = members.remove(duplicateId); !removed)
            return removed.error();
        if (!write)
            return Error(ErrorKind::Storage, planOnly);
        return report;
    });
    if (!write && !outcome && outcome.error().message() == planOnly)
        return report;
    if (!outcome)
        return outcome.error();
    auto stored = members.find(keptId);
    if (!stored)
        return stored.error();
    report.kept = *stored;
    return report;
}
