#include "DemoGroup.h"

#include "common/Money.h"
#include "domain/Basket.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/GroupService.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct DemoProduct {
    QString id;
    QString catalogueId;
    int popularity = 1;
    bool byWeight = false;
    int typicalGrams = 0;
};

class DemoBuilder {
public:
    DemoBuilder(Store &store, const QJsonObject &data, quint32 seed)
        : m_store(store), m_data(data), m_random(seed), m_realNow(store.clock().now())
    {
    }

    Status build()
    {
        if (Status done = createGroup(); !done)
            return done;
        if (Status done = createProducers(); !done)
            return done;
        if (Status done = createMembers(); !done)
            return done;
        return createDistributions();
    }

private:
    Status createGroup()
    {
        const QJsonObject groupData = m_data[u"group"_s].toObject();
        GroupSettings group;
        group.name = groupData[u"name"_s].toString();
        group.timeZone = groupData[u"timeZone"_s].toString();
        group.currency = groupData[u"currency"_s].toString();
        User coordinator;
        coordinator.name = m_data[u"coordinator"_s].toString();
        return GroupService(m_store).initialise(group, coordinator);
    }

    Status createProducers()
    {
        CatalogueService catalogues(m_store);
        GroupService people(m_store);
        for (const QJsonValue &value : m_data[u"producers"_s].toArray()) {
            const QJsonObject data = value.toObject();
            Producer producer;
            producer.name = data[u"name"_s].toString();
            producer.contactName = data[u"contactName"_s].toString();
            producer.phone = data[u"phone"_s].toString();
            producer.email = data[u"email"_s].toString();
            producer.siret = data[u"siret"_s].toString();
            producer.vatRegistered = data[u"vatRegistered"_s].toBool();
            auto producerId = catalogues.addProducer(producer);
            if (!producerId)
                return producerId.error();

            User producerUser;
            producerUser.name = producer.contactName;
            producerUser.role = User::Role::Producer;
            producerUser.producerId = *producerId;
            if (auto userId = people.addUser(producerUser); !userId)
                return userId.error();

            const QJsonObject catalogueData = data[u"catalogue"_s].toObject();
            Catalogue catalogue;
            catalogue.producerId = *producerId;
            catalogue.name = catalogueData[u"name"_s].toString();
            catalogue.rule.opensDaysBefore = catalogueData[u"opensDaysBefore"_s].toInt();
            catalogue.rule.opensAtTime = QTime::fromString(catalogueData[u"opensAt"_s].toString(), u"HH:mm"_s);
            catalogue.rule.closesHoursBefore = catalogueData[u"closesHoursBefore"_s].toInt();
            auto catalogueId = catalogues.addCatalogue(catalogue);
            if (!catalogueId)
                return catalogueId.error();
            m_catalogueIds.append(*catalogueId);

            for (const QJsonValue &productValue : data[u"products"_s].toArray()) {
                if (Status done = createProduct(catalogues, *catalogueId, productValue.toObject()); !done)
                    return done;
            }
        }
        return {};
    }

    Status createProduct(CatalogueService &catalogues, const QString &catalogueId, const QJsonObject &data)
    {
        Product product;
        product.catalogueId = catalogueId;
        product.name = data[u"name"_s].toString();
        product.reference = data[u"reference"_s].toString();
        Product::unitFromKey(data[u"unit"_s].toString(), &product.unit);
        product.priceCents = Money::parse(data[u"price"_s].toString()).value_or(0);
        product.vatRateBasisPoints = data[u"vat"_s].toInt();
        product.weightPriced = data[u"weightPriced"_s].toBool();
        product.pieceWeightGrams = data[u"pieceWeight"_s].toInt();
        product.organic = data[u"organic"_s].toBool();
        product.contentThousandths = Decimal::parseThousandths(data[u"content"_s].toString()).value_or(0);
        auto id = catalogues.addProduct(product);
        if (!id)
            return id.error();
        m_products.append({*id, catalogueId, data[u"popularity"_s].toInt(1), product.orderedByWeight(),
                           data[u"typicalGrams"_s].toInt(1000)});
        return {};
    }

    Status createMembers()
    {
        MemberService members(m_store);
        const QDate today = localToday();
        for (const QJsonValue &value : m_data[u"members"_s].toArray()) {
            const QJsonObject data = value.toObject();
            Member member;
            member.firstName = data[u"firstName"_s].toString();
            member.lastName = data[u"lastName"_s].toString();
            member.phone = data[u"phone"_s].toString();
            member.email = data[u"email"_s].toString();
            member.notifications = data[u"notifications"_s].toBool();
            member.partnerFirstName = data[u"partnerFirstName"_s].toString();
            member.partnerLastName = data[u"partnerLastName"_s].toString();
            member.partnerPhone = data[u"partnerPhone"_s].toString();
            member.address1 = data[u"address1"_s].toString();
            member.postcode = data[u"postcode"_s].toString();
            member.town = data[u"town"_s].toString();
            member.notes = data[u"notes"_s].toString();
            member.memberSince = today.addDays(-qint64(m_random.bounded(30, 1500)));
            auto id = members.add(member);
            if (!id)
                return id.error();
            m_memberIds.append(*id);
            m_memberNames.insert(*id, member.firstName + u' ' + member.lastName);
        }
        return {};
    }

    Status createDistributions()
    {
        const QJsonObject placeData = m_data[u"place"_s].toObject();
        Place place;
        place.name = placeData[u"name"_s].toString();
        place.address = placeData[u"address"_s].toString();
        place.postcode = placeData[u"postcode"_s].toString();
        place.town = placeData[u"town"_s].toString();
        CalendarService calendar(m_store);
        auto placeId = calendar.addPlace(place);
        if (!placeId)
            return placeId.error();

        const QJsonObject schedule = m_data[u"schedule"_s].toObject();
        const int weekday = schedule[u"weekday"_s].toInt(4);
        const QTime start = QTime::fromString(schedule[u"start"_s].toString(), u"HH:mm"_s);
        const QTime end = QTime::fromString(schedule[u"end"_s].toString(), u"HH:mm"_s);
        const int weeksBefore = schedule[u"weeksBefore"_s].toInt(10);
        const int weeksAfter = schedule[u"weeksAfter"_s].toInt(4);

        // The first distribution day after today is "week 0"; the ones before are history.
        const QDate today = localToday();
        QDate next = today.addDays(1);
        while (next.dayOfWeek() != weekday)
            next = next.addDays(1);

        for (int week = -weeksBefore; week < weeksAfter; ++week) {
            Distribution distribution;
            distribution.placeId = *placeId;
            distribution.date = next.addDays(7 * week);
            distribution.startTime = start;
            distribution.endTime = end;
            auto distributionId = calendar.addDistribution(distribution, m_catalogueIds);
            if (!distributionId)
                return distributionId.error();
            if (Status done = fillDistribution(*distributionId, week); !done)
                return done;
        }
        return {};
    }

    // History: validated baskets, handed out. The coming week: orders being taken, some not
    // validated yet, a few anonymous carts. Later weeks: the first early orders.
    Status fillDistribution(const QString &distributionId, int week)
    {
        OrderService orders(m_store);
        int validated = 0;
        int inProgress = 0;
        int anonymous = 0;
        if (week < 0)
            validated = int(m_random.bounded(24, 36));
        else if (week == 0) {
            validated = int(m_random.bounded(14, 20));
            inProgress = int(m_random.bounded(5, 9));
            anonymous = 3;
        } else if (week == 1) {
            validated = int(m_random.bounded(2, 5));
            inProgress = 2;
            anonymous = 1;
        }

        // Each basket is stamped at a moment when orders were being taken, and holds only
        // products of catalogues open at that moment: the history has no late change. Orders
        // from the shop are made by the members themselves, the others at the coordinator's desk.
        auto windows = CalendarService(m_store).windows(distributionId);
        if (!windows)
            return windows.error();
        m_openWindows = *windows;
        QDateTime opened = m_realNow;
        QDateTime closed;
        for (const OrderingWindow &window : *windows) {
            opened = std::min(opened, window.opensAt);
            closed = std::max(closed, window.closesAt);
        }
        closed = std::min(closed, m_realNow);
        const qint64 span = opened.secsTo(closed);
        if (span <= 0)
            return {};
        auto stampMoment = [&] {
            for (int attempt = 0; attempt < 100; ++attempt) {
                m_store.clock().setFixed(opened.addSecs(qint64(m_random.bounded(double(span)))));
                if (!openCatalogues().isEmpty())
                    return true;
            }
            return false;
        };

        const QString coordinator = m_store.actor();
        QList<QString> customers = m_memberIds;
        for (int i = 0; i < validated + inProgress; ++i) {
            if (!stampMoment())
                break;
            const QString memberId = customers.takeAt(qsizetype(m_random.bounded(int(customers.size()))));
            const Basket::Source source = i % 4 == 0 ? Basket::Source::Coordinator : Basket::Source::Member;
            m_store.setActor(source == Basket::Source::Member ? m_memberNames.value(memberId) : coordinator);
            auto basket = orders.openBasket(distributionId, memberId, source);
            if (!basket)
                return basket.error();
            if (Status done = fillBasket(orders, basket->id); !done)
                return done;
            if (i < validated) {
                if (Status done = orders.validate(basket->id, LatePolicy::Refuse); !done)
                    return done;
            }
        }
        m_store.setActor(DemoGroup::tr("Online shop (no account)"));
        for (int i = 0; i < anonymous; ++i) {
            if (!stampMoment())
                break;
            auto cart = orders.openAnonymousCart(distributionId);
            if (!cart)
                return cart.error();
            if (Status done = fillBasket(orders, cart->id); !done)
                return done;
        }
        m_store.setActor(coordinator);
        m_store.clock().setFixed(m_realNow);
        if (week < 0)
            return CalendarService(m_store).setDistributed(distributionId, true);
        return {};
    }

    Status fillBasket(OrderService &orders, const QString &basketId)
    {
        const int lineCount = int(m_random.bounded(2, 7));
        QList<QString> chosen;
        for (int i = 0; i < lineCount; ++i) {
            const DemoProduct &product = pickProduct(openCatalogues());
            if (chosen.contains(product.id))
                continue;
            chosen.append(product.id);
            const qint64 quantity = product.byWeight
                ? product.typicalGrams * qint64(m_random.bounded(1, 3)) + qint64(m_random.bounded(-80, 80))
                : qint64(m_random.bounded(1, 100) < 80 ? 1 : m_random.bounded(2, 4));
            if (Status done = orders.setLine(basketId, product.id, quantity, LatePolicy::Refuse); !done)
                return done;
        }
        return {};
    }

    // The catalogues taking orders at the clock's moment.
    QStringList openCatalogues() const
    {
        const QDateTime now = m_store.clock().now();
        QStringList open;
        for (const OrderingWindow &window : m_openWindows) {
            if (window.opensAt <= now && now < window.closesAt)
                open.append(window.catalogueId);
        }
        return open;
    }

    // Popular products (bread, vegetables) more often than the rest, among those of `catalogues`.
    const DemoProduct &pickProduct(const QStringList &catalogues)
    {
        int total = 0;
        for (const DemoProduct &product : m_products)
            total += catalogues.contains(product.catalogueId) ? product.popularity : 0;
        int ticket = int(m_random.bounded(total));
        for (const DemoProduct &product : m_products) {
            if (!catalogues.contains(product.catalogueId))
                continue;
            ticket -= product.popularity;
            if (ticket < 0)
                return product;
        }
        return m_products.last();
    }

    QDate localToday() const { return m_store.today(); }

    Store &m_store;
    const QJsonObject &m_data;
    QRandomGenerator m_random;
    const QDateTime m_realNow;
    QStringList m_catalogueIds;
    QList<DemoProduct> m_products;
    QStringList m_memberIds;
    QHash<QString, QString> m_memberNames;
    QList<OrderingWindow> m_openWindows;
};

}

Status DemoGroup::create(Store &store, quint32 seed)
{
    if (!store.isEmpty())
        return Error(ErrorKind::Conflict, tr("The demo group needs a new, empty database; nothing was changed."));
    QFile file(u":/demo/demo-group.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("The demo data cannot be read."));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();

    // The builder moves the clock to stamp baskets in the past; it is put back afterwards.
    const Clock savedClock = store.clock();
    DemoBuilder builder(store, data, seed);
    Status done = inTransaction(store.database(), [&] { return builder.build(); });
    store.clock() = savedClock;
    return done;
}
