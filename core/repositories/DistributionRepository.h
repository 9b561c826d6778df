#pragma once

#include "domain/Distribution.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class DistributionRepository : public Repository<DistributionRepository, Distribution> {
    Q_DECLARE_TR_FUNCTIONS(DistributionRepository)

public:
    explicit DistributionRepository(Store &store);

    // Distributions whose date lies in [from, to], by date then start time.
    Result<QList<Distribution>> listBetween(QDate from, QDate to) const;

    static QVariantMap toRow(const Distribution &record);
    static Distribution fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
