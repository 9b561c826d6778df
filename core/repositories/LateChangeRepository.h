#pragma once

#include "domain/LateChange.h"
#include "store/Repository.h"

#include <QCoreApplication>

class LateChangeRepository : public Repository<LateChangeRepository, LateChange> {
    Q_DECLARE_TR_FUNCTIONS(LateChangeRepository)

public:
    explicit LateChangeRepository(Store &store);

    // The late changes of a distribution, oldest first.
    Result<QList<LateChange>> listForDistribution(const QString &distributionId) const;
    // Those of one catalogue made after `after` (e.g. when its producer's summary was issued;
    // an invalid instant: all of them), oldest first.
    Result<QList<LateChange>> listForCatalogue(const QString &distributionId, const QString &catalogueId,
                                               const QDateTime &after = {}) const;
    Result<QList<LateChange>> listForBasket(const QString &basketId) const;

    static QVariantMap toRow(const LateChange &record);
    static LateChange fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
