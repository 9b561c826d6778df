#include "DistributionImpactQuery.h"

#include "AmountSql.h"
#include "BasketSql.h"
#include "domain/Member.h"
#include "store/Query.h"
#include "store/Store.h"

#include <QLocale>
#include <algorithm>
#include <QStringList>

using namespace Qt::StringLiterals;

int DistributionImpact::count(Basket::Status status) const
{
    return int(std::count_if(baskets.cbegin(), baskets.cend(),
                             [status](const Holder &holder) { return holder.status == status; }));
}

QString DistributionImpact::describe(int names) const
{
    QStringList parts;
    if (!baskets.isEmpty()) {
        const QString orders = DistributionImpactQuery::tr("%n order(s) (%1 validated, %2 in progress)", nullptr, int(baskets.size()))
                                   .arg(count(Basket::Status::Validated))
                                   .arg(count(Basket::Status::InProgress));
        if (names <= 0) {
            parts.append(orders);
        } else {
            QStringList people;
            for (const Holder &holder : baskets) {
                if (people.size() == names) {
                    people.append(DistributionImpactQuery::tr("%n other(s)", nullptr, int(baskets.size()) - names));
                    break;
                }
                people.append(holder.memberName.isEmpty() ? DistributionImpactQuery::tr("an anonymised member") : holder.memberName);
            }
            const QString last = people.takeLast();
            const QString who = people.isEmpty() ? last : DistributionImpactQuery::tr("%1 and %2").arg(people.join(u", "_s), last);
            parts.append(DistributionImpactQuery::tr("%1 of %2").arg(orders, who));
        }
    }
    if (anonymousCartCount > 0)
        parts.append(DistributionImpactQuery::tr("%n anonymous cart(s)", nullptr, anonymousCartCount));
    return parts.join(DistributionImpactQuery::tr(", and "));
}

Result<DistributionImpact> DistributionImpactQuery::of(const QString &distributionId) const
{
    return read(distributionId, {});
}

Result<DistributionImpact> DistributionImpactQuery::ofCatalogue(const QString &distributionId,
                                                                const QString &catalogueId) const
{
    return read(distributionId, catalogueId);
}

Result<DistributionImpact> DistributionImpactQuery::read(const QString &distributionId, const QString &catalogueId) const
{
    // With a catalogue: only the lines of its products count, and only baskets holding some.
    const QString productFilter = catalogueId.isEmpty() ? QString() : u" AND product.catalogue_id = ?"_s;
    const QString sql =
        u"SELECT basket.id, basket.member_id, member.first_name, member.last_name, member.phone, member.email, "
        "basket.status, coalesce(sum(CASE WHEN product.id IS NULL THEN 0 ELSE "_s + AmountSql::lineAmount()
        + u" END), 0), count(product.id) "
        "FROM basket LEFT JOIN member ON member.id = basket.member_id "
        "LEFT JOIN order_line line ON line.basket_id = basket.id AND line.deleted = 0 "
        "LEFT JOIN product ON product.id = line.product_id "_s + productFilter +
        u" WHERE basket.distribution_id = ? AND "_s + BasketSql::live(u"basket"_s) +
        u" GROUP BY basket.id ORDER BY member.last_name COLLATE NOCASE, member.first_name COLLATE NOCASE"_s;
    Query query(m_store.database(), sql);
    if (!catalogueId.isEmpty())
        query.bind(catalogueId);
    query.bind(distributionId);
    if (Status done = query.exec(); !done)
        return done.error();

    DistributionImpact impact;
    while (query.next()) {
        const qint64 lineCount = query.integer(8);
        if (!catalogueId.isEmpty() && lineCount == 0)
            continue;
        if (query.isNull(1)) {
            ++impact.anonymousCartCount;
            continue;
        }
        DistributionImpact::Holder holder;
        holder.basketId = query.text(0);
        holder.memberId = query.text(1);
        Member member;
        member.firstName = query.text(2);
        member.lastName = query.text(3);
        holder.memberName = member.displayName();
        holder.phone = query.text(4);
        holder.email = query.text(5);
        Basket::statusFromKey(query.text(6), &holder.status);
        holder.amountCents = query.integer(7);
        impact.baskets.append(holder);
    }
    return impact;
}
