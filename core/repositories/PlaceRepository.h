#pragma once

#include "domain/Place.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class PlaceRepository : public Repository<PlaceRepository, Place> {
    Q_DECLARE_TR_FUNCTIONS(PlaceRepository)

public:
    explicit PlaceRepository(Store &store);

    Result<QList<Place>> list(bool includeArchived = false) const;

    static QVariantMap toRow(const Place &record);
    static Place fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
