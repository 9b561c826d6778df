#pragma once

#include "common/Result.h"
#include "domain/Basket.h"
#include "domain/Distribution.h"
#include "domain/OrderActor.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class Store;

// One basket of a distribution as the orders view and `order list` show it.
struct OrderRow {
    QString basketId;
    QString memberId;   // empty: an anonymous cart
    QString memberName; // "Dupré Hélène"
    QString phone;      // E.164
    QString email;
    Basket::Status status = Basket::Status::InProgress;
    Basket::Source source = Basket::Source::Coordinator;
    QDateTime validatedAt;
    // The amount and lines of each catalogue in the basket.
    QHash<QString, qint64> catalogueCents;
    QHash<QString, int> catalogueLines;
    qint64 totalCents = 0;
    int lineCount = 0;
    // The last change to the basket or one of its lines, and who made it.
    QDateTime lastChangeAt;
    QString lastChangeBy;
    int lateChangeCount = 0;

    bool isAnonymous() const { return memberId.isEmpty(); }
};

// A catalogue taking part in the distribution, with what its orders amount to.
struct CatalogueOrders {
    QString catalogueId;
    QString name;
    QString producerName;
    QDateTime closesAt;
    int validatedCount = 0;
    int inProgressCount = 0; // anonymous carts included
    qint64 validatedCents = 0;
    qint64 inProgressCents = 0;
};

// Every order of one distribution, as the person acting may see it.
struct DistributionOrders {
    Distribution distribution;
    QString placeName;
    QString currency = QStringLiteral("EUR");
    QList<CatalogueOrders> catalogues; // by name
    QList<OrderRow> rows;              // members by name, then anonymous carts

    // The rows holding lines of `catalogueId` (all rows when empty), with their amounts cut
    // down to that catalogue's lines.
    QList<OrderRow> forCatalogue(const QString &catalogueId) const;
};

// Reads the orders of a distribution in five queries, however many there are. A producer sees
// only the lines of their catalogues and the baskets holding some; a coordinator sees all.
class DistributionOrdersQuery {
public:
    explicit DistributionOrdersQuery(Store &store) : m_store(store) {}

    Result<DistributionOrders> of(const QString &distributionId, const OrderActor &actor) const;

private:
    Store &m_store;
};
