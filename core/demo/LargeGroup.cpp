#include "LargeGroup.h"

#include "LargeGroupWords.h"
#include "common/Ids.h"
#include "domain/Basket.h"
#include "domain/LinePricing.h"
#include "domain/OrderingRule.h"
#include "repositories/BasketRepository.h"
#include "repositories/OrderLineRepository.h"
#include "rules/OrderLineRules.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/MemberService.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace LargeGroupWords;

LargeGroupScale LargeGroupScale::small()
{
    LargeGroupScale scale;
    scale.members = 150;
    scale.producers = 8;
    scale.products = 90;
    scale.pastDistributions = 8;
    scale.comingDistributions = 4;
    scale.basketsPerDistribution = 30;
    scale.linesPerBasket = 6;
    return scale;
}

namespace {

constexpr int distributionWeekday = 2; // Tuesday
const QTime distributionStart(18, 0);
const QTime distributionEnd(20, 0);

struct GeneratedProduct {
    Product product;     // as first stored
    qint64 oldPrice = 0; // before the price rise
    qint64 newPrice = 0; // from the price rise on (equal when it does not rise)
    int catalogueIndex = 0;
    int popularity = 1;
    int typicalGrams = 0;
};

struct GeneratedCatalogue {
    QString id;
    Frequency frequency = Frequency::Weekly;
    int phase = 0;
};

struct GeneratedMember {
    Member member; // without id until created
    double activity = 1;
    bool leavesHalfway = false;
    bool created = false;
};

// One distribution being filled: its windows by catalogue, and the products on offer with
// their cumulative popularity for drawing.
struct Offer {
    QString distributionId;
    QDate date;
    QHash<QString, OrderingWindow> windowByCatalogue;
    QList<int> products;        // indexes into the generated products
    QList<qint64> cumulative;   // cumulative popularity, same order
    QDateTime earliestOpening;
    QDateTime latestClosing;
    QDateTime allOpen;   // the last catalogue opened…
    QDateTime firstClosing; // …and none closed yet
};

enum class BasketFate { Validated, Cancelled, InProgress, Anonymous };

class LargeGroupBuilder {
public:
    LargeGroupBuilder(Store &store, quint32 seed, const LargeGroupScale &scale)
        : m_store(store), m_random(seed), m_scale(scale), m_now(store.clock().now()), m_zone(store.timeZone())
    {
    }

    Status build()
    {
        const QDate today = m_now.toTimeZone(m_zone).date();
        m_nextDate = today.addDays(1);
        while (m_nextDate.dayOfWeek() != distributionWeekday)
            m_nextDate = m_nextDate.addDays(1);
        const QDate first = dateOfWeek(-m_scale.pastDistributions);
        const QDate middle = dateOfWeek(-std::max(1, m_scale.pastDistributions / 2));
        m_setUpAt = wallClock(first.addDays(-42), QTime(9, 0));
        m_priceRiseAt = wallClock(middle.addDays(-12), QTime(9, 0));

        setClock(m_setUpAt);
        if (Status done = createGroup(); !done)
            return done;
        if (Status done = createProducers(); !done)
            return done;
        planMembers(today);
        if (Status done = createMembersJoinedBy(m_setUpAt); !done)
            return done;

        bool priceRisen = false;
        for (int week = -m_scale.pastDistributions; week < m_scale.comingDistributions; ++week) {
            const QDate date = dateOfWeek(week);
            const QDateTime firstOpening = wallClock(date.addDays(-maxOpensDaysBefore()), QTime(0, 0));
            if (!priceRisen && firstOpening >= m_priceRiseAt) {
                if (Status done = riseSomePricesAndSeeMembersLeave(); !done)
                    return done;
                priceRisen = true;
            }
            if (Status done = createMembersJoinedBy(std::min(firstOpening, m_now)); !done)
                return done;
            if (Status done = fillWeek(week, date); !done)
                return done;
        }
        if (!priceRisen) {
            if (Status done = riseSomePricesAndSeeMembersLeave(); !done)
                return done;
        }
        return createMembersJoinedBy(m_now);
    }

private:
    QDate dateOfWeek(int week) const { return m_nextDate.addDays(7 * qint64(week)); }
    QDateTime wallClock(QDate date, QTime time) const { return OrderingRule::wallClockToUtc(date, time, m_zone); }
    void setClock(const QDateTime &instant) { m_store.clock().setFixed(instant); }

    int maxOpensDaysBefore() const
    {
        int most = 0;
        for (const ProducerKind &kind : producerKinds())
            most = std::max(most, kind.opensDaysBefore);
        return most;
    }

    int between(int lowest, int highest) { return int(m_random.bounded(lowest, highest + 1)); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_random.bounded(int(list.size()))));
    }

    // --- group, producers, catalogues, products

    Status createGroup()
    {
        GroupSettings group;
        group.name = u"Marché paysan des Pentes et du Plateau"_s;
        group.timeZone = m_zone.id().isEmpty() ? u"Europe/Paris"_s : QString::fromUtf8(m_zone.id());
        User coordinator;
        coordinator.name = u"Camille Lefèvre"_s;
        if (Status done = GroupService(m_store).initialise(group, coordinator); !done)
            return done;
        CalendarService calendar(m_store);
        Place place;
        place.name = u"Salle des fêtes de la Croix-Rousse"_s;
        place.address = u"12 rue d’Austerlitz"_s;
        place.postcode = u"69004"_s;
        place.town = u"Lyon"_s;
        auto placeId = calendar.addPlace(place);
        if (!placeId)
            return placeId.error();
        m_placeId = *placeId;
        return {};
    }

    // Kinds in an order that mixes them, each as often as its weight: a small group still
    // gets a vegetable grower, a baker, a cheese maker…
    QList<int> kindSequence() const
    {
        const QList<ProducerKind> &kinds = producerKinds();
        QList<int> remaining;
        for (const ProducerKind &kind : kinds)
            remaining.append(kind.weight);
        QList<int> sequence;
        bool any = true;
        while (any) {
            any = false;
            for (int k = 0; k < kinds.size(); ++k) {
                if (remaining[k] > 0) {
                    sequence.append(k);
                    --remaining[k];
                    any = true;
                }
            }
        }
        return sequence;
    }

    Status createProducers()
    {
        const QList<ProducerKind> &kinds = producerKinds();
        const QList<int> sequence = kindSequence();
        QList<int> kindOf;
        qint64 templateTotal = 0;
        for (int i = 0; i < m_scale.producers; ++i) {
            kindOf.append(sequence.at(i % sequence.size()));
            templateTotal += kinds.at(kindOf.last()).products.size();
        }
        // Products per catalogue, in proportion to what its kind sells, adding up to the scale.
        QList<int> productCounts;
        int assigned = 0;
        for (int i = 0; i < m_scale.producers; ++i) {
            const qint64 size = kinds.at(kindOf.at(i)).products.size();
            productCounts.append(std::max(1, int(m_scale.products * size / std::max<qint64>(1, templateTotal))));
            assigned += productCounts.last();
        }
        for (int i = 0; assigned != m_scale.products && m_scale.producers > 0; i = (i + 1) % m_scale.producers) {
            const int step = assigned < m_scale.products ? 1 : -1;
            if (productCounts[i] + step >= 1) {
                productCounts[i] += step;
                assigned += step;
            }
        }

        CatalogueService catalogues(m_store);
        GroupService people(m_store);
        QSet<QString> producerNames;
        for (int i = 0; i < m_scale.producers; ++i) {
            const ProducerKind &kind = kinds.at(kindOf.at(i));
            Producer producer;
            do {
                producer.name = pick(kind.businessPrefixes) + u' ' + pick(farmPlaces());
            } while (producerNames.contains(producer.name));
            producerNames.insert(producer.name);
            producer.contactName = pick(firstNames()) + u' ' + pick(lastNames());
            producer.phone = frenchPhone(chance(60) ? u"06"_s : u"04"_s);
            producer.email = emailOf(producer.name, u"example.org"_s);
            producer.siret = digits(14);
            producer.vatRegistered = kind.vatRegistered;
            auto producerId = catalogues.addProducer(producer);
            if (!producerId)
                return producerId.error();

            User user;
            user.name = producer.contactName;
            user.role = User::Role::Producer;
            user.producerId = *producerId;
            if (auto userId = people.addUser(user); !userId)
                return userId.error();

            Catalogue catalogue;
            catalogue.producerId = *producerId;
            catalogue.name = QString::fromUtf8(kind.catalogueName);
            catalogue.rule.opensDaysBefore = kind.opensDaysBefore;
            catalogue.rule.opensAtTime = QTime(8, 0);
            catalogue.rule.closesHoursBefore = kind.closesHoursBefore;
            auto catalogueId = catalogues.addCatalogue(catalogue);
            if (!catalogueId)
                return catalogueId.error();
            const int phase = kind.frequency == Frequency::Monthly ? between(0, 3) : between(0, 1);
            m_catalogues.append({*catalogueId, kind.frequency, phase});

            if (Status done = createProducts(catalogues, int(m_catalogues.size()) - 1, kind, productCounts.at(i));
                !done)
                return done;
        }
        return {};
    }

    Status createProducts(CatalogueService &catalogues, int catalogueIndex, const ProducerKind &kind, int count)
    {
        // This producer's prices: the kind's, a little above or below.
        const int priceLevel = between(90, 115);
        QList<int> order;
        for (int t = 0; t < kind.products.size(); ++t)
            order.append(t);
        for (qsizetype i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[qsizetype(m_random.bounded(int(i) + 1))]);
        for (int n = 0; n < count; ++n) {
            const ProductTemplate &base = kind.products.at(order.at(n % order.size()));
            const int round = n / int(order.size());
            Product product;
            product.catalogueId = m_catalogues.at(catalogueIndex).id;
            product.name = QString::fromUtf8(base.name);
            Product::unitFromKey(QString::fromUtf8(base.unit), &product.unit);
            product.vatRateBasisPoints = base.vatRateBasisPoints;
            product.weightPriced = base.weightPriced;
            product.pieceWeightGrams = base.pieceWeightGrams;
            product.contentThousandths = base.contentThousandths;
            product.organic = chance(55);
            product.bulk = QString::fromUtf8(base.name).contains(u"vrac"_s);
            qint64 price = qint64(base.priceCents) * priceLevel / 100;
            int typicalGrams = base.typicalGrams;
            if (round > 0) {
                const Variant &variant = variants().at((round - 1 + n) % variants().size());
                product.name += QString::fromUtf8(variant.suffix);
                if (!product.weightPriced) {
                    price = price * variant.pricePercent / 100;
                    product.contentThousandths = product.contentThousandths * variant.contentPercent / 100;
                } else if (variant.contentPercent == 100) {
                    price = price * variant.pricePercent / 100;
                } else {
                    const int factor = variant.contentPercent == 0 ? 300 : variant.contentPercent;
                    product.pieceWeightGrams = product.pieceWeightGrams * factor / 100;
                    typicalGrams = typicalGrams * factor / 100;
                }
            }
            product.priceCents = std::max<qint64>(10, (price + 2) / 5 * 5);
            product.reference = u"P%1-%2"_s.arg(catalogueIndex + 1, 2, 10, QChar(u'0')).arg(n + 1, 3, 10, QChar(u'0'));
            auto id = catalogues.addProduct(product);
            if (!id)
                return id.error();
            product.id = *id;
            GeneratedProduct generated;
            generated.product = product;
            generated.oldPrice = product.priceCents;
            generated.newPrice = product.priceCents;
            if (chance(35)) {
                const qint64 rise = (product.priceCents * between(3, 12) / 100 + 2) / 5 * 5;
                generated.newPrice += std::max<qint64>(5, rise);
            }
            generated.catalogueIndex = catalogueIndex;
            generated.popularity = base.popularity * (round > 0 ? 1 : 3);
            generated.typicalGrams = std::max(100, typicalGrams);
            m_products.append(generated);
        }
        return {};
    }

    // About a third of the products cost a little more from the middle of the history on (chosen
    // with the products), and a few members leave the group then (archived; they order no more).
    Status riseSomePricesAndSeeMembersLeave()
    {
        setClock(m_priceRiseAt);
        CatalogueService catalogues(m_store);
        for (GeneratedProduct &generated : m_products) {
            if (generated.newPrice == generated.oldPrice)
                continue;
            generated.product.priceCents = generated.newPrice;
            if (Status done = catalogues.updateProduct(generated.product); !done)
                return done;
        }
        MemberService members(m_store);
        for (GeneratedMember &generated : m_members) {
            if (!generated.leavesHalfway || !generated.created)
                continue;
            if (Status done = members.setArchived(generated.member.id, true); !done)
                return done;
        }
        return {};
    }

    // --- members

    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QChar(u'0' + int(m_random.bounded(10)));
        return text;
    }

    QString frenchPhone(const QString &prefix)
    {
        QString phone;
        do {
            phone = prefix + digits(8);
        } while (m_phones.contains(phone));
        m_phones.insert(phone);
        return phone;
    }

    QString emailOf(const QString &name, const QString &domain)
    {
        QString local;
        for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
            if (c.isLetterOrNumber() && c.unicode() < 128)
                local += c;
            else if ((c == u' ' || c == u'-' || c == u'\'' || c == u'’') && !local.endsWith(u'.'))
                local += u'.';
        }
        while (local.endsWith(u'.'))
            local.chop(1);
        QString email = local + u'@' + domain;
        for (int n = 2; m_emails.contains(email); ++n)
            email = local + QString::number(n) + u'@' + domain;
        m_emails.insert(email);
        return email;
    }

    void planMembers(QDate today)
    {
        static const QStringList domains{u"example.org"_s, u"example.net"_s, u"example.com"_s};
        QSet<QString> names;
        const qint64 eightYears = 8 * 365;
        for (int i = 0; i < m_scale.members; ++i) {
            GeneratedMember generated;
            Member &member = generated.member;
            // No two members with the same name, in either order ("Martin Paul", "Paul Martin"):
            // the member service would take them for one person.
            do {
                member.firstName = pick(firstNames());
                member.lastName = pick(lastNames());
            } while (names.contains(member.lastName + u'|' + member.firstName)
                     || names.contains(member.firstName + u'|' + member.lastName));
            names.insert(member.lastName + u'|' + member.firstName);

            const int reach = int(m_random.bounded(100));
            const bool withEmail = reach >= 12;   // 12 % reached only by telephone
            const bool withPhone = reach < 92;    // 8 % only by e-mail
            if (withPhone)
                member.phone = frenchPhone(chance(85) ? (chance(60) ? u"06"_s : u"07"_s) : u"04"_s);
            if (withEmail)
                member.email = emailOf(member.firstName + u' ' + member.lastName, pick(domains));
            member.notifications = withEmail && chance(75);
            if (chance(15)) {
                member.partnerFirstName = pick(firstNames());
                member.partnerLastName = chance(60) ? member.lastName : pick(lastNames());
                if (chance(70))
                    member.partnerPhone = frenchPhone(chance(50) ? u"06"_s : u"07"_s);
            }
            member.address1 = QString::number(between(1, 120)) + u' ' + pick(streets());
            const QString town = pick(towns());
            member.postcode = town.section(u' ', 0, 0);
            member.town = town.section(u' ', 1);
            if (chance(6))
                member.notes = pick(memberNotes());
            member.memberSince = today.addDays(-qint64(between(7, int(eightYears))));

            const int kind = int(m_random.bounded(100));
            generated.activity = kind < 35 ? 6.0 : kind < 75 ? 2.0 : 0.5;
            generated.leavesHalfway = chance(4);
            m_members.append(generated);
        }
        std::stable_sort(m_members.begin(), m_members.end(), [](const GeneratedMember &a, const GeneratedMember &b) {
            return a.member.memberSince < b.member.memberSince;
        });
    }

    // Members who joined before `moment` and are not recorded yet: recorded now, on the day
    // they joined (those who joined before the group used Comptoir, on its first day).
    Status createMembersJoinedBy(const QDateTime &moment)
    {
        MemberService members(m_store);
        for (GeneratedMember &generated : m_members) {
            if (generated.created)
                continue;
            const QDateTime joined = wallClock(generated.member.memberSince, QTime(19, 0));
            if (joined >= moment)
                break;
            setClock(std::max(joined, m_setUpAt));
            auto id = members.add(generated.member);
            if (!id)
                return id.error();
            generated.member.id = *id;
            generated.created = true;
        }
        return {};
    }

    // --- distributions and their baskets

    bool takesPart(const GeneratedCatalogue &catalogue, int week) const
    {
        switch (catalogue.frequency) {
        case Frequency::Weekly:
            return true;
        case Frequency::EveryOtherWeek:
            return ((week + catalogue.phase) % 2 + 2) % 2 == 0;
        case Frequency::Monthly:
            return ((week + catalogue.phase) % 4 + 4) % 4 == 0;
        }
        return true;
    }

    Status fillWeek(int week, QDate date)
    {
        QStringList catalogueIds;
        for (const GeneratedCatalogue &catalogue : m_catalogues) {
            if (takesPart(catalogue, week))
                catalogueIds.append(catalogue.id);
        }
        CalendarService calendar(m_store);
        Distribution distribution;
        distribution.placeId = m_placeId;
        distribution.date = date;
        distribution.startTime = distributionStart;
        distribution.endTime = distributionEnd;
        setClock(std::min(wallClock(date.addDays(-35), QTime(9, 0)), m_now));
        auto distributionId = calendar.addDistribution(distribution, catalogueIds);
        if (!distributionId)
            return distributionId.error();
        auto windows = calendar.windows(*distributionId);
        if (!windows)
            return windows.error();

        Offer offer;
        offer.distributionId = *distributionId;
        offer.date = date;
        for (const OrderingWindow &window : *windows) {
            offer.windowByCatalogue.insert(window.catalogueId, window);
            if (!offer.earliestOpening.isValid() || window.opensAt < offer.earliestOpening)
                offer.earliestOpening = window.opensAt;
            if (!offer.latestClosing.isValid() || window.closesAt > offer.latestClosing)
                offer.latestClosing = window.closesAt;
            if (!offer.allOpen.isValid() || window.opensAt > offer.allOpen)
                offer.allOpen = window.opensAt;
            if (!offer.firstClosing.isValid() || window.closesAt < offer.firstClosing)
                offer.firstClosing = window.closesAt;
        }
        qint64 total = 0;
        for (int p = 0; p < m_products.size(); ++p) {
            if (!offer.windowByCatalogue.contains(m_catalogues.at(m_products.at(p).catalogueIndex).id))
                continue;
            total += m_products.at(p).popularity;
            offer.products.append(p);
            offer.cumulative.append(total);
        }
        if (offer.products.isEmpty())
            return {};

        const bool past = week < 0;
        const int usual = m_scale.basketsPerDistribution;
        QList<std::pair<BasketFate, int>> plan;
        if (past) {
            const int count = usual * between(93, 107) / 100;
            const int abandoned = std::max(1, count / 100);
            plan = {{BasketFate::Validated, count - 2 * abandoned},
                    {BasketFate::Cancelled, abandoned},
                    {BasketFate::InProgress, abandoned},
                    {BasketFate::Anonymous, std::max(1, count / 150)}};
        } else {
            static const int shares[][3] = {{55, 25, 6}, {10, 15, 3}, {2, 4, 1}, {0, 1, 0}};
            const auto &share = shares[std::min(week, 3)];
            plan = {{BasketFate::Validated, usual * share[0] / 100},
                    {BasketFate::InProgress, usual * share[1] / 100},
                    {BasketFate::Anonymous, usual * share[2] / 100}};
        }

        const QDateTime from = offer.earliestOpening;
        const QDateTime to = std::min(offer.latestClosing, m_now);
        if (from >= to)
            return {};
        int withMember = 0;
        for (const auto &[fate, count] : plan)
            withMember += fate == BasketFate::Anonymous ? 0 : count;
        QList<int> customers = chooseCustomers(withMember, from, to);

        BasketRepository baskets(m_store);
        OrderLineRepository lines(m_store);
        const QDateTime handedOut = wallClock(date, distributionStart);
        for (const auto &[fate, count] : plan) {
            for (int i = 0; i < count; ++i) {
                QString memberId;
                if (fate != BasketFate::Anonymous) {
                    if (customers.isEmpty())
                        break;
                    memberId = m_members.at(customers.takeLast()).member.id;
                }
                const QDateTime moment = orderingMoment(offer, from, to);
                if (Status done = writeBasket(baskets, lines, offer, memberId, fate, moment, past ? handedOut : QDateTime());
                    !done)
                    return done;
            }
        }

        if (past) {
            setClock(wallClock(date, distributionEnd));
            return calendar.setDistributed(*distributionId, true);
        }
        return {};
    }

    // `count` members who can order between `opening` and `closing` (joined before, still in
    // the group), drawn without replacement, regular customers more often than occasional ones.
    QList<int> chooseCustomers(int count, const QDateTime &opening, const QDateTime &closing)
    {
        QList<std::pair<double, int>> keys;
        const QDate openingDay = opening.toTimeZone(m_zone).date();
        for (int m = 0; m < m_members.size(); ++m) {
            const GeneratedMember &generated = m_members.at(m);
            if (!generated.created || generated.member.memberSince >= openingDay)
                continue;
            if (generated.leavesHalfway && closing >= m_priceRiseAt)
                continue;
            // Efraimidis–Spirakis: the largest log(u) / weight are a weighted sample.
            const double u = 1.0 - m_random.generateDouble();
            keys.append({std::log(u) / generated.activity, m});
        }
        count = std::min(count, int(keys.size()));
        std::partial_sort(keys.begin(), keys.begin() + count, keys.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
        QList<int> chosen;
        for (int i = 0; i < count; ++i)
            chosen.append(keys.at(i).second);
        return chosen;
    }

    // When a basket is made: most while every catalogue takes orders, the others at any time
    // between the first opening and the last closing (`from`, `to`: that span, up to now).
    QDateTime orderingMoment(const Offer &offer, const QDateTime &from, const QDateTime &to)
    {
        QDateTime start = from;
        QDateTime end = to;
        if (chance(85) && offer.allOpen < std::min(offer.firstClosing, to)) {
            start = offer.allOpen;
            end = std::min(offer.firstClosing, to);
        }
        return start.addMSecs(qint64(m_random.bounded(double(start.msecsTo(end)))));
    }

    int drawProduct(const Offer &offer)
    {
        const qint64 ticket = qint64(m_random.bounded(double(offer.cumulative.last())));
        const auto found = std::upper_bound(offer.cumulative.cbegin(), offer.cumulative.cend(), ticket);
        return offer.products.at(std::min<qsizetype>(found - offer.cumulative.cbegin(), offer.products.size() - 1));
    }

    qint64 quantityOf(const GeneratedProduct &generated)
    {
        if (generated.product.orderedByWeight()) {
            const qint64 grams = qint64(generated.typicalGrams) * (chance(70) ? 1 : 2);
            return std::max<qint64>(100, (grams * between(85, 115) / 100 + 5) / 10 * 10);
        }
        if (generated.product.weightPriced)
            return chance(80) ? 1 : 2;
        const int roll = int(m_random.bounded(100));
        return roll < 75 ? 1 : roll < 93 ? 2 : between(3, 4);
    }

    // One basket with its lines, as the order service leaves it: lines of the catalogues open
    // at `moment`, prices frozen at validation, weights weighed on the day (`handedOut`).
    Status writeBasket(BasketRepository &baskets, OrderLineRepository &lines, const Offer &offer,
                       const QString &memberId, BasketFate fate, const QDateTime &moment, const QDateTime &handedOut)
    {
        Basket basket;
        basket.id = Ids::create();
        basket.distributionId = offer.distributionId;
        basket.memberId = memberId;
        const int source = int(m_random.bounded(100));
        basket.source = memberId.isEmpty() || source < 60 ? Basket::Source::Member
            : source < 95                                  ? Basket::Source::Coordinator
                                                           : Basket::Source::Producer;
        const bool priced = fate == BasketFate::Validated || fate == BasketFate::Cancelled;
        basket.status = fate == BasketFate::Validated ? Basket::Status::Validated
            : fate == BasketFate::Cancelled           ? Basket::Status::Cancelled
                                                      : Basket::Status::InProgress;
        if (priced)
            basket.validatedAt = moment;

        const int wanted = std::max(1, m_scale.linesPerBasket - 4 + between(0, 8) + (chance(30) ? 1 : 0));
        QList<OrderLine> basketLines;
        QSet<int> chosen;
        for (int attempt = 0; basketLines.size() < wanted && attempt < wanted * 12; ++attempt) {
            const int index = drawProduct(offer);
            const GeneratedProduct &generated = m_products.at(index);
            const auto window = offer.windowByCatalogue.constFind(m_catalogues.at(generated.catalogueIndex).id);
            if (chosen.contains(index) || moment < window->opensAt || moment >= window->closesAt)
                continue;
            chosen.insert(index);
            OrderLine line;
            line.id = Ids::create();
            line.basketId = basket.id;
            line.productId = generated.product.id;
            line.quantity = quantityOf(generated);
            line.estimatedGrams = LinePricing::estimatedGrams(generated.product, line.quantity);
            if (priced)
                line.unitPriceCents = moment < m_priceRiseAt ? generated.oldPrice : generated.newPrice;
            if (fate == BasketFate::Validated && handedOut.isValid() && generated.product.weightPriced) {
                const qint64 weighed = line.estimatedGrams * between(88, 112) / 100;
                line.weighedGrams = std::max<qint64>(5, (weighed + 2) / 5 * 5);
            }
            if (Status valid = OrderLineRules::prepare(line); !valid)
                return valid;
            basketLines.append(line);
        }
        if (basketLines.isEmpty())
            return {};

        setClock(moment);
        if (Status done = baskets.insert(basket); !done)
            return done;
        for (const OrderLine &line : basketLines) {
            setClock(line.weighedGrams ? handedOut : moment);
            if (Status done = lines.insert(line); !done)
                return done;
        }
        return {};
    }

    Store &m_store;
    QRandomGenerator m_random;
    const LargeGroupScale m_scale;
    const QDateTime m_now;
    const QTimeZone m_zone;
    QDate m_nextDate;
    QDateTime m_setUpAt;
    QDateTime m_priceRiseAt;
    QString m_placeId;
    QList<GeneratedCatalogue> m_catalogues;
    QList<GeneratedProduct> m_products;
    QList<GeneratedMember> m_members;
    QSet<QString> m_phones;
    QSet<QString> m_emails;
};

}

Status LargeGroup::create(Store &store, quint32 seed, const LargeGroupScale &scale)
{
    if (!store.isEmpty())
        return Error(ErrorKind::Conflict, tr("The large group needs a new, empty database; nothing was changed."));
    if (scale.members < 1 || scale.producers < 1 || scale.products < scale.producers || scale.pastDistributions < 0
        || scale.comingDistributions < 0 || scale.basketsPerDistribution < 0 || scale.linesPerBasket < 1)
        return Error(ErrorKind::Validation, tr("The requested size of the large group is not possible."));

    // The builder moves the clock to stamp each write at its moment in the two years of history;
    // the clock and the audit trail are put back afterwards.
    const Clock savedClock = store.clock();
    store.writer().setAuditEnabled(false);
    // A larger page cache for the bulk writes, which the random ids scatter over the indexes;
    // only a hint, so its failure does not matter.
    static_cast<void>(store.database().execute(u"PRAGMA cache_size = -65536"_s));
    LargeGroupBuilder builder(store, seed, scale);
    Status done = inTransaction(store.database(), [&] { return builder.build(); });
    static_cast<void>(store.database().execute(u"PRAGMA cache_size = -2000"_s));
    store.writer().setAuditEnabled(true);
    store.clock() = savedClock;
    return done;
}
