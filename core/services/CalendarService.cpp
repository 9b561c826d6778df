#include "CalendarService.h"

#include "CatalogueAccess.h"
#include "RecordWrites.h"
#include "domain/Recurrence.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/DistributionRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/PlaceRepository.h"
#include "rules/DistributionPlanRules.h"
#include "rules/DistributionRules.h"
#include "rules/PlaceRules.h"

#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString timeText(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

// The local start of a distribution as a wall-clock reading (no zone), for wall-clock arithmetic.
QDateTime wallStart(const Distribution &distribution)
{
    return QDateTime(distribution.date, distribution.startTime, QTimeZone::utc());
}

}

// Places

Result<QString> CalendarService::addPlace(Place place)
{
    if (Status allowed = coordinatorOnly(placesRefusal()); !allowed)
        return allowed.error();
    if (Status valid = PlaceRules::prepare(place); !valid)
        return valid.error();
    return RecordWrites::insertNew<PlaceRepository>(m_store, place);
}

Status CalendarService::updatePlace(Place place)
{
    if (Status allowed = coordinatorOnly(placesRefusal()); !allowed)
        return allowed;
    if (Status valid = PlaceRules::prepare(place); !valid)
        return valid;
    return RecordWrites::updateExisting<PlaceRepository>(m_store, place);
}

Status CalendarService::setPlaceArchived(const QString &placeId, bool archived)
{
    if (Status allowed = coordinatorOnly(placesRefusal()); !allowed)
        return allowed;
    auto found = place(placeId);
    if (!found)
        return found.error();
    Place changed = *found;
    changed.archived = archived;
    return RecordWrites::updateExisting<PlaceRepository>(m_store, changed);
}

Result<Place> CalendarService::place(const QString &id) const
{
    return PlaceRepository(m_store).find(id);
}

Result<QList<Place>> CalendarService::places(bool includeArchived) const
{
    return PlaceRepository(m_store).list(includeArchived);
}

// Creating distributions

Result<QList<DistributionPlan::Participant>> CalendarService::participants(const QStringList &catalogueIds) const
{
    CatalogueRepository catalogues(m_store);
    QList<DistributionPlan::Participant> result;
    for (const QString &catalogueId : catalogueIds) {
        auto catalogue = catalogues.find(catalogueId);
        if (!catalogue)
            return catalogue.error();
        result.append({catalogueId, catalogue->rule});
    }
    return result;
}

Result<QList<PlannedDistribution>> CalendarService::preview(const DistributionPlan &plan) const
{
    if (Status valid = DistributionPlanRules::check(plan); !valid)
        return valid.error();
    if (!PlaceRepository(m_store).exists(plan.placeId))
        return Error::notFound(PlaceRepository::notFoundMessage(plan.placeId));
    QStringList names;
    for (const DistributionPlan::Participant &participant : plan.participants) {
        auto name = catalogueName(participant.catalogueId);
        if (!name)
            return name.error();
        names.append(*name);
    }

    const QList<QDate> dates = Recurrence::everyWeeks(plan.firstDate, plan.repeatEveryWeeks, plan.until);
    auto existing = DistributionRepository(m_store).listBetween(dates.first(), dates.last());
    if (!existing)
        return existing.error();
    QHash<QDate, QStringList> clashes;
    for (const Distribution &other : *existing) {
        if (other.placeId == plan.placeId && !other.cancelled)
            clashes[other.date].append(timeText(other.startTime) + u"–"_s + timeText(other.endTime));
    }

    QList<PlannedDistribution> planned;
    for (const QDate date : dates) {
        auto one = planDate(plan, date, names);
        if (!one)
            return one.error();
        if (clashes.contains(date)) {
            one.value().clash = tr("There is already a distribution at this place that day (%1).")
                                    .arg(clashes.value(date).join(u", "_s));
        }
        planned.append(*one);
    }
    return planned;
}

Result<PlannedDistribution> CalendarService::planDate(const DistributionPlan &plan, QDate date,
                                                      const QStringList &names) const
{
    const QTimeZone zone = m_store.timeZone();
    PlannedDistribution planned;
    planned.date = date;
    planned.skipped = plan.skippedDates.contains(date);
    for (qsizetype i = 0; i < plan.participants.size(); ++i) {
        const DistributionPlan::Participant &participant = plan.participants.at(i);
        OrderingWindow window;
        window.catalogueId = participant.catalogueId;
        window.opensAt = participant.rule.opensAt(date, zone);
        window.closesAt = participant.rule.closesAt(date, plan.startTime, zone);
        if (window.closesAt <= window.opensAt) {
            return Error(ErrorKind::Validation,
                         tr("The ordering rule of “%1” would close orders before they open for the distribution of %2.")
                             .arg(names.at(i), dateText(date)),
                         u"catalogues"_s);
        }
        planned.windows.append(window);
    }
    return planned;
}

Result<QStringList> CalendarService::createDistributions(const DistributionPlan &plan)
{
    if (Status allowed = coordinatorOnly(tr("Only a coordinator can create distributions.")); !allowed)
        return allowed.error();
    auto planned = preview(plan);
    if (!planned)
        return planned.error();
    QList<PlannedDistribution> chosen;
    for (const PlannedDistribution &one : *planned) {
        if (!one.skipped)
            chosen.append(one);
    }
    if (chosen.isEmpty())
        return Error(ErrorKind::Validation, tr("Tick at least one date to create."), u"dates"_s);

    return inTransaction(m_store.database(), [&]() -> Result<QStringList> {
        DistributionRepository distributions(m_store);
        OrderingWindowRepository windows(m_store);
        QStringList ids;
        for (PlannedDistribution &one : chosen) {
            Distribution distribution;
            distribution.id = Ids::create();
            distribution.placeId = plan.placeId;
            distribution.date = one.date;
            distribution.startTime = plan.startTime;
            distribution.endTime = plan.endTime;
            if (Status inserted = distributions.insert(distribution); !inserted)
                return inserted.error();
            for (OrderingWindow &window : one.windows) {
                window.id = Ids::create();
                window.distributionId = distribution.id;
                if (Status inserted = windows.insert(window); !inserted)
                    return inserted.error();
            }
            ids.append(distribution.id);
        }
        return ids;
    });
}

Result<QString> CalendarService::addDistribution(Distribution distribution, const QStringList &catalogueIds)
{
    DistributionPlan plan;
    plan.placeId = distribution.placeId;
    plan.firstDate = distribution.date;
    plan.startTime = distribution.startTime;
    plan.endTime = distribution.endTime;
    CatalogueRepository catalogues(m_store);
    for (const QString &catalogueId : catalogueIds) {
        // An unknown catalogue keeps a default rule here; preview() reports it after the rules.
        auto catalogue = catalogues.find(catalogueId);
        plan.participants.append({catalogueId, catalogue ? catalogue->rule : OrderingRule()});
    }
    auto ids = createDistributions(plan);
    if (!ids)
        return ids.error();
    return ids->first();
}

// Reading

Result<Distribution> CalendarService::distribution(const QString &id) const
{
    return DistributionRepository(m_store).find(id);
}

Result<QList<Distribution>> CalendarService::distributionsBetween(QDate from, QDate to) const
{
    return DistributionRepository(m_store).listBetween(from, to);
}

Result<QList<OrderingWindow>> CalendarService::windows(const QString &distributionId) const
{
    return OrderingWindowRepository(m_store).listForDistribution(distributionId);
}

Result<QList<OrderingWindow>> CalendarService::windowsFromRules(const Distribution &distribution,
                                                                const QStringList &catalogueIds) const
{
    const QTimeZone zone = m_store.timeZone();
    CatalogueRepository catalogues(m_store);
    QList<OrderingWindow> result;
    for (const QString &catalogueId : catalogueIds) {
        auto catalogue = catalogues.find(catalogueId);
        if (!catalogue)
            return catalogue.error();
        OrderingWindow window;
        window.distributionId = distribution.id;
        window.catalogueId = catalogueId;
        window.opensAt = catalogue->rule.opensAt(distribution.date, zone);
        window.closesAt = catalogue->rule.closesAt(distribution.date, distribution.startTime, zone);
        result.append(window);
    }
    return result;
}

Result<Distribution::Status> CalendarService::status(const Distribution &distribution) const
{
    auto distributionWindows = windows(distribution.id);
    if (!distributionWindows)
        return distributionWindows.error();
    return distribution.statusAt(m_store.clock().now(), *distributionWindows);
}

Result<DistributionImpact> CalendarService::impact(const QString &distributionId) const
{
    if (!DistributionRepository(m_store).exists(distributionId))
        return Error::notFound(DistributionRepository::notFoundMessage(distributionId));
    return DistributionImpactQuery(m_store).of(distributionId);
}

// Changing

Status CalendarService::updateDistribution(Distribution changed, bool confirmed)
{
    return change(std::move(changed), std::nullopt, confirmed);
}

Status CalendarService::updateDistribution(Distribution changed, const QList<OrderingWindow> &windows, bool confirmed)
{
    return change(std::move(changed), windows, confirmed);
}

Status CalendarService::change(Distribution changed, const std::optional<QList<OrderingWindow>> &windows, bool confirmed)
{
    auto found = distribution(changed.id);
    if (!found)
        return found.error();
    const Distribution before = *found;
    if (before.cancelled)
        return Error(ErrorKind::Conflict, tr("This distribution is cancelled; reinstate it before changing it."));
    if (before.distributed)
        return Error(ErrorKind::Conflict, tr("This distribution was handed out; it can no longer change."));
    changed.distributed = before.distributed;
    changed.cancelled = before.cancelled;
    if (Status valid = DistributionRules::prepare(changed); !valid)
        return valid;
    if (changed.placeId != before.placeId && !PlaceRepository(m_store).exists(changed.placeId))
        return Error::notFound(PlaceRepository::notFoundMessage(changed.placeId));
    const bool moved = changed.placeId != before.placeId || changed.date != before.date
        || changed.startTime != before.startTime || changed.endTime != before.endTime;

    auto current = this->windows(changed.id);
    if (!current)
        return current.error();
    QList<OrderingWindow> wanted;
    if (windows) {
        if (Status valid = checkWindows(changed, *windows); !valid)
            return valid;
        wanted = *windows;
    } else {
        // The windows move with the distribution on the wall clock.
        const qint64 shift = wallStart(before).secsTo(wallStart(changed));
        const QTimeZone zone = m_store.timeZone();
        for (OrderingWindow window : *current) {
            window.opensAt = OrderingRule::shiftOnWallClock(window.opensAt, shift, zone);
            window.closesAt = OrderingRule::shiftOnWallClock(window.closesAt, shift, zone);
            wanted.append(window);
        }
    }
    if (Status allowed = mayChange(moved, *current, wanted); !allowed)
        return allowed;
    auto leaving = leavingWindows(changed.id, *current, wanted);
    if (!leaving)
        return leaving.error();

    if (moved && !confirmed) {
        auto touched = DistributionImpactQuery(m_store).of(changed.id);
        if (!touched)
            return touched.error();
        if (!touched->isEmpty()) {
            return Error(ErrorKind::NeedsConfirmation,
                         tr("The orders of this distribution move with it: %1. Confirm to move it.")
                             .arg(touched->describe()));
        }
    }

    return inTransaction(m_store.database(), [&]() -> Status {
        if (moved) {
            if (auto updated = DistributionRepository(m_store).update(changed); !updated)
                return updated.error();
        }
        return writeWindows(changed.id, *current, wanted, *leaving);
    });
}

Status CalendarService::cancelDistribution(const QString &distributionId, bool confirmed)
{
    if (Status allowed = coordinatorOnly(tr("Only a coordinator can cancel a distribution.")); !allowed)
        return allowed;
    auto found = distribution(distributionId);
    if (!found)
        return found.error();
    if (found->cancelled)
        return {};
    if (found->distributed)
        return Error(ErrorKind::Conflict, tr("This distribution was handed out; it cannot be cancelled."));
    auto touched = DistributionImpactQuery(m_store).of(distributionId);
    if (!touched)
        return touched.error();
    if (!touched->isEmpty() && !confirmed) {
        return Error(ErrorKind::NeedsConfirmation,
                     tr("Cancelling this distribution leaves %1 without a pick-up. The orders stay recorded and "
                        "come back if the distribution is reinstated. Confirm to cancel it.")
                         .arg(touched->describe()));
    }
    Distribution changed = *found;
    changed.cancelled = true;
    return RecordWrites::updateExisting<DistributionRepository>(m_store, changed);
}

Status CalendarService::reinstateDistribution(const QString &distributionId)
{
    if (Status allowed = coordinatorOnly(tr("Only a coordinator can reinstate a distribution.")); !allowed)
        return allowed;
    auto found = distribution(distributionId);
    if (!found)
        return found.error();
    Distribution changed = *found;
    changed.cancelled = false;
    return RecordWrites::updateExisting<DistributionRepository>(m_store, changed);
}

Status CalendarService::setDistributed(const QString &distributionId, bool distributed)
{
    if (Status allowed = coordinatorOnly(tr("Only a coordinator can mark a distribution as handed out.")); !allowed)
        return allowed;
    auto found = distribution(distributionId);
    if (!found)
        return found.error();
    if (found->cancelled && distributed)
        return Error(ErrorKind::Conflict, tr("A cancelled distribution cannot be handed out; reinstate it first."));
    Distribution changed = *found;
    changed.distributed = distributed;
    return RecordWrites::updateExisting<DistributionRepository>(m_store, changed);
}

Status CalendarService::checkWindows(const Distribution &distribution, const QList<OrderingWindow> &windows) const
{
    const QDateTime start = OrderingRule::wallClockToUtc(distribution.date, distribution.startTime, m_store.timeZone());
    QList<FieldIssue> issues;
    QSet<QString> seen;
    for (const OrderingWindow &window : windows) {
        auto name = catalogueName(window.catalogueId);
        if (!name)
            return name.error();
        if (seen.contains(window.catalogueId)) {
            issues.append({u"windows"_s, tr("“%1” takes part only once.").arg(*name)});
            continue;
        }
        seen.insert(window.catalogueId);
        if (!window.opensAt.isValid() || !window.closesAt.isValid())
            issues.append({u"windows"_s, tr("Enter when orders for “%1” open and close.").arg(*name)});
        else if (window.closesAt <= window.opensAt)
            issues.append({u"windows"_s, tr("Orders for “%1” must close after they open.").arg(*name)});
        else if (window.closesAt > start)
            issues.append({u"windows"_s, tr("Orders for “%1” must close before the distribution starts.").arg(*name)});
    }
    if (!issues.isEmpty())
        return Error::validation(issues);
    return {};
}

Status CalendarService::setWindows(const QString &distributionId, const QList<OrderingWindow> &windows)
{
    auto found = distribution(distributionId);
    if (!found)
        return found.error();
    return change(*found, windows, true);
}

Result<QList<OrderingWindow>> CalendarService::leavingWindows(const QString &distributionId,
                                                              const QList<OrderingWindow> &current,
                                                              const QList<OrderingWindow> &wanted) const
{
    QSet<QString> staying;
    for (const OrderingWindow &window : wanted)
        staying.insert(window.catalogueId);
    QList<OrderingWindow> leaving;
    for (const OrderingWindow &window : current) {
        if (staying.contains(window.catalogueId))
            continue;
        auto touched = DistributionImpactQuery(m_store).ofCatalogue(distributionId, window.catalogueId);
        if (!touched)
            return touched.error();
        if (!touched->isEmpty()) {
            auto name = catalogueName(window.catalogueId);
            return Error(ErrorKind::Conflict,
                         tr("“%1” cannot leave this distribution: it has %2.")
                             .arg(name ? *name : window.catalogueId, touched->describe()));
        }
        leaving.append(window);
    }
    return leaving;
}

Status CalendarService::writeWindows(const QString &distributionId, const QList<OrderingWindow> &current,
                                     const QList<OrderingWindow> &wanted, const QList<OrderingWindow> &leaving)
{
    OrderingWindowRepository repository(m_store);
    for (const OrderingWindow &window : leaving) {
        if (Status removed = repository.remove(window.id); !removed)
            return removed;
    }
    QHash<QString, OrderingWindow> stored;
    for (const OrderingWindow &window : current)
        stored.insert(window.catalogueId, window);
    for (const OrderingWindow &window : wanted) {
        OrderingWindow row = stored.value(window.catalogueId);
        row.distributionId = distributionId;
        row.catalogueId = window.catalogueId;
        row.opensAt = window.opensAt;
        row.closesAt = window.closesAt;
        if (row.id.isEmpty()) {
            row.id = Ids::create();
            if (Status inserted = repository.insert(row); !inserted)
                return inserted;
        } else if (auto updated = repository.update(row); !updated) {
            return updated.error();
        }
    }
    return {};
}

// Who may do what

QString CalendarService::placesRefusal()
{
    return tr("Only a coordinator can add, change or archive places.");
}

Status CalendarService::coordinatorOnly(const QString &refusal) const
{
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    return access->coordinatorOnly(refusal);
}

Status CalendarService::mayChange(bool moved, const QList<OrderingWindow> &current,
                                  const QList<OrderingWindow> &wanted) const
{
    auto access = CatalogueAccess::of(m_store);
    if (!access)
        return access.error();
    if (!access->isProducer())
        return {};
    if (moved)
        return Error(ErrorKind::Conflict, tr("Only a coordinator can move a distribution (its date, hours or place)."));
    const Error chooseRefusal(ErrorKind::Conflict,
                              tr("Only a coordinator can choose the catalogues taking part in a distribution."));
    QHash<QString, OrderingWindow> before;
    for (const OrderingWindow &window : current)
        before.insert(window.catalogueId, window);
    QSet<QString> after;
    for (const OrderingWindow &window : wanted) {
        after.insert(window.catalogueId);
        if (!before.contains(window.catalogueId))
            return chooseRefusal;
        const OrderingWindow &stored = before[window.catalogueId];
        if (stored.opensAt == window.opensAt && stored.closesAt == window.closesAt)
            continue;
        auto mine = access->reachesCatalogue(window.catalogueId);
        if (!mine)
            return mine.error();
        if (!*mine) {
            auto name = catalogueName(window.catalogueId);
            return Error(ErrorKind::Conflict,
                         tr("“%1” is another producer’s catalogue: only a coordinator can change its ordering window.")
                             .arg(name ? *name : window.catalogueId),
                         u"windows"_s);
        }
    }
    for (const OrderingWindow &window : current) {
        if (!after.contains(window.catalogueId))
            return chooseRefusal;
    }
    return {};
}

Result<QString> CalendarService::catalogueName(const QString &catalogueId) const
{
    auto catalogue = CatalogueRepository(m_store).find(catalogueId);
    if (!catalogue)
        return catalogue.error();
    return catalogue->name;
}
