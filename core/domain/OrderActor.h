#pragma once

#include "domain/Basket.h"
#include "domain/User.h"

#include <QString>

// The person changing orders, as the order rules see them: a coordinator reaches every
// catalogue; a producer only their own.
struct OrderActor {
    QString name; // as the audit trail and the late changes record it
    User::Role role = User::Role::Coordinator;
    QString producerId; // a producer's

    bool isProducer() const { return role == User::Role::Producer; }
    // Whether lines of the producer `producerId`'s catalogues are within reach.
    bool reaches(const QString &catalogueProducerId) const { return !isProducer() || catalogueProducerId == producerId; }
    // The source a basket this person creates records.
    Basket::Source basketSource() const { return isProducer() ? Basket::Source::Producer : Basket::Source::Coordinator; }

    static OrderActor coordinator(const QString &name);
    static OrderActor producer(const QString &name, const QString &producerId);
    // Who acts in a store: services/ActorLookup.
};
