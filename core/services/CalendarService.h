#pragma once

#include "common/Result.h"
#include "domain/Distribution.h"
#include "domain/DistributionPlan.h"
#include "domain/OrderingWindow.h"
#include "domain/Place.h"
#include "queries/DistributionImpactQuery.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class Store;

// Places and distributions, and the ordering window of each catalogue taking part.
// Places, creating, moving, cancelling or handing out distributions and choosing the catalogues
// taking part are a coordinator's work; a producer acting may change only the ordering windows
// of their own catalogues (CatalogueAccess). Refusals are Conflict errors and write nothing.
class CalendarService {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(Store &store) : m_store(store) {}

    Result<QString> addPlace(Place place);
    Status updatePlace(Place place);
    // An archived place is no longer offered for new distributions; its distributions stay.
    Status setPlaceArchived(const QString &placeId, bool archived);
    Result<Place> place(const QString &id) const;
    Result<QList<Place>> places(bool includeArchived = false) const;

    // The catalogues given, each with its own ordering rule, as a plan's participants.
    Result<QList<DistributionPlan::Participant>> participants(const QStringList &catalogueIds) const;
    // The dates a plan creates, each with its ordering windows computed on the group's wall
    // clock and any clash with another distribution at the place that day. Writes nothing.
    Result<QList<PlannedDistribution>> preview(const DistributionPlan &plan) const;
    // Creates every date of the plan that is not skipped, all in one transaction; returns the
    // new ids in date order.
    Result<QStringList> createDistributions(const DistributionPlan &plan);
    // One distribution with the catalogues taking part, each under its own rule.
    Result<QString> addDistribution(Distribution distribution, const QStringList &catalogueIds);

    Result<Distribution> distribution(const QString &id) const;
    Result<QList<Distribution>> distributionsBetween(QDate from, QDate to) const;
    Result<QList<OrderingWindow>> windows(const QString &distributionId) const;
    // The windows the catalogues' rules give for the distribution's date and start time.
    Result<QList<OrderingWindow>> windowsFromRules(const Distribution &distribution,
                                                   const QStringList &catalogueIds) const;
    // The distribution's status now, from its windows and the clock.
    Result<Distribution::Status> status(const Distribution &distribution) const;
    // The orders a change to the distribution touches.
    Result<DistributionImpact> impact(const QString &distributionId) const;

    // Changes the date, hours or place. The ordering windows move with the distribution on the
    // wall clock. When orders exist and `confirmed` is false, nothing is written and the error
    // (NeedsConfirmation) says which orders would follow.
    Status updateDistribution(Distribution changed, bool confirmed);
    // The same, with the catalogues taking part and their windows as given (see setWindows),
    // all in one transaction.
    Status updateDistribution(Distribution changed, const QList<OrderingWindow> &windows, bool confirmed);
    // Cancels the distribution; its orders stay recorded but will not be handed out. With
    // orders and without `confirmed`, NeedsConfirmation says which. Reinstating undoes it.
    Status cancelDistribution(const QString &distributionId, bool confirmed);
    Status reinstateDistribution(const QString &distributionId);
    Status setDistributed(const QString &distributionId, bool distributed);
    // The catalogues taking part and their windows, as given: a catalogue left out loses its
    // window (refused while it has orders in this distribution), a new one gets one.
    Status setWindows(const QString &distributionId, const QList<OrderingWindow> &windows);

private:
    Result<PlannedDistribution> planDate(const DistributionPlan &plan, QDate date, const QStringList &names) const;
    Status change(Distribution changed, const std::optional<QList<OrderingWindow>> &windows, bool confirmed);
    Status checkWindows(const Distribution &distribution, const QList<OrderingWindow> &windows) const;
    // Windows of catalogues leaving the distribution; refused while they have orders in it.
    Result<QList<OrderingWindow>> leavingWindows(const QString &distributionId, const QList<OrderingWindow> &current,
                                                 const QList<OrderingWindow> &wanted) const;
    Status writeWindows(const QString &distributionId, const QList<OrderingWindow> &current,
                        const QList<OrderingWindow> &wanted, const QList<OrderingWindow> &leaving);
    Result<QString> catalogueName(const QString &catalogueId) const;
    static QString placesRefusal();
    Status coordinatorOnly(const QString &refusal) const;
    // A producer's change: not moved, the same catalogues, only their own windows changed.
    Status mayChange(bool moved, const QList<OrderingWindow> &current, const QList<OrderingWindow> &wanted) const;

    Store &m_store;
};
