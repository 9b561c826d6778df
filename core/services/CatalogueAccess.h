#pragma once

#include "common/Result.h"
#include "domain/OrderActor.h"

#include <QCoreApplication>

#include <functional>

class Store;

// What the person acting may change on the catalogue and calendar side: a coordinator
// everything; a producer their own producer record, catalogues and products (prices, offer and
// stock included) and nothing of another producer's. Who acts is the order rules' OrderActor, so
// that one person has the same reach in both. Refusals are Conflict errors, as the order rules'.
class CatalogueAccess {
    Q_DECLARE_TR_FUNCTIONS(CatalogueAccess)

public:
    CatalogueAccess(Store &store, OrderActor actor) : m_store(store), m_actor(std::move(actor)) {}
    static Result<CatalogueAccess> of(Store &store);

    const OrderActor &actor() const { return m_actor; }
    bool isProducer() const { return m_actor.isProducer(); }
    bool reachesProducer(const QString &producerId) const { return m_actor.reaches(producerId); }
    // Whether the catalogue is the acting producer's (always for a coordinator).
    Result<bool> reachesCatalogue(const QString &catalogueId) const;

    // Each refuses a producer acting on another producer's record; NotFound for an unknown id.
    Status mayChangeProducer(const QString &producerId) const;
    Status mayChangeCatalogue(const QString &catalogueId) const;
    Status mayChangeProduct(const QString &productId) const;
    // Refuses a producer looking into another producer's record, or catalogue (its products,
    // its export).
    Status maySeeProducer(const QString &producerId) const;
    Status maySeeCatalogue(const QString &catalogueId) const;
    // Refuses a producer with `refusal`, which says what stays a coordinator's work.
    Status coordinatorOnly(const QString &refusal) const;

private:
    // The producer a record belongs to, and the record's name for a refusal.
    struct Owned {
        QString producerId;
        QString name;
    };
    Result<Owned> ownedProducer(const QString &producerId) const;
    Result<Owned> ownedCatalogue(const QString &catalogueId) const;
    Result<Owned> ownedProduct(const QString &productId) const;
    // For a producer: looks the record up and refuses (Conflict, `refusal` with its name) when it
    // is another producer's. A coordinator is never refused, and nothing is looked up.
    Status refuseOthers(const std::function<Result<Owned>()> &lookUp, const QString &refusal) const;
    static QString changeRefusal();

    Store &m_store;
    OrderActor m_actor;
};
