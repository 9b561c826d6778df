#pragma once

#include "domain/OrderingWindow.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class OrderingWindowRepository : public Repository<OrderingWindowRepository, OrderingWindow> {
    Q_DECLARE_TR_FUNCTIONS(OrderingWindowRepository)

public:
    explicit OrderingWindowRepository(Store &store);

    Result<QList<OrderingWindow>> listForDistribution(const QString &distributionId) const;

    static QVariantMap toRow(const OrderingWindow &record);
    static OrderingWindow fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
