#include "CalendarService.h"

#include "RecordWrites.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/DistributionRepository.h"
#include "repositories/OrderingWindowRepository.h"
#include "repositories/PlaceRepository.h"
#include "rules/DistributionRules.h"
#include "rules/PlaceRules.h"

using namespace Qt::StringLiterals;

Result<QString> CalendarService::addPlace(Place place)
{
    if (Status valid = PlaceRules::prepare(place); !valid)
        return valid.error();
    return RecordWrites::insertNew<PlaceRepository>(m_store, place);
}

Status CalendarService::updatePlace(Place place)
{
    if (Status valid = PlaceRules::prepare(place); !valid)
        return valid;
    return RecordWrites::updateExisting<PlaceRepository>(m_store, place);
}

Result<Place> CalendarService::place(const QString &id) const
{
    return PlaceRepository(m_store).find(id);
}

Result<QList<Place>> CalendarService::places(bool includeArchived) const
{
    return PlaceRepository(m_store).list(includeArchived);
}

Result<QString> CalendarService::addDistribution(Distribution distribution, const QStringList &catalogueIds)
{
    if (Status valid = DistributionRules::prepare(distribution); !valid)
        return valid.error();
    if (!PlaceRepository(m_store).exists(distribution.placeId))
        return Error::notFound(PlaceRepository::notFoundMessage(distribution.placeId));

    const QTimeZone zone = m_store.timeZone();
    CatalogueRepository catalogues(m_store);
    QList<OrderingWindow> windows;
    for (const QString &catalogueId : catalogueIds) {
        auto catalogue = catalogues.find(catalogueId);
        if (!catalogue)
            return catalogue.error();
        OrderingWindow window;
        window.catalogueId = catalogueId;
        window.opensAt = catalogue->rule.opensAt(distribution.date, zone);
        window.closesAt = catalogue->rule.closesAt(distribution.date, distribution.startTime, zone);
        if (window.closesAt <= window.opensAt) {
            return Error(ErrorKind::Validation,
                         tr("The ordering rule of “%1” would close orders before they open for this date.")
                             .arg(catalogue->name),
                         u"catalogueIds"_s);
        }
        windows.append(window);
    }

    distribution.id = Ids::create();
    return inTransaction(m_store.database(), [&]() -> Result<QString> {
        if (Status inserted = DistributionRepository(m_store).insert(distribution); !inserted)
            return inserted.error();
        OrderingWindowRepository windowRepository(m_store);
        for (OrderingWindow &window : windows) {
            window.id = Ids::create();
            window.distributionId = distribution.id;
            if (Status inserted = windowRepository.insert(window); !inserted)
                return inserted.error();
        }
        return distribution.id;
    });
}

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

Result<Distribution::Status> CalendarService::status(const Distribution &distribution) const
{
    auto distributionWindows = windows(distribution.id);
    if (!distributionWindows)
        return distributionWindows.error();
    return distribution.statusAt(m_store.clock().now(), *distributionWindows);
}

Status CalendarService::setDistributed(const QString &distributionId, bool distributed)
{
    auto found = distribution(distributionId);
    if (!found)
        return found.error();
    Distribution changed = *found;
    changed.distributed = distributed;
    return RecordWrites::updateExisting<DistributionRepository>(m_store, changed);
}
