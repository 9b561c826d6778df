#pragma once

#include "common/Result.h"
#include "domain/Distribution.h"
#include "domain/OrderingWindow.h"
#include "domain/Place.h"

#include <QCoreApplication>
#include <QStringList>

class Store;

// Places and distributions, and the ordering window of each catalogue taking part.
class CalendarService {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(Store &store) : m_store(store) {}

    Result<QString> addPlace(Place place);
    Status updatePlace(Place place);
    Result<Place> place(const QString &id) const;
    Result<QList<Place>> places(bool includeArchived = false) const;

    // A distribution with the catalogues taking part; each gets its ordering window from the
    // catalogue's rule, on the group's wall clock. Everything is written in one transaction.
    Result<QString> addDistribution(Distribution distribution, const QStringList &catalogueIds);
    Result<Distribution> distribution(const QString &id) const;
    Result<QList<Distribution>> distributionsBetween(QDate from, QDate to) const;
    Result<QList<OrderingWindow>> windows(const QString &distributionId) const;
    // The distribution's status now, from its windows and the clock.
    Result<Distribution::Status> status(const Distribution &distribution) const;
    Status setDistributed(const QString &distributionId, bool distributed);

private:
    Store &m_store;
};
