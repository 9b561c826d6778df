#pragma once

#include "domain/OrderLine.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class OrderLineRepository : public Repository<OrderLineRepository, OrderLine> {
    Q_DECLARE_TR_FUNCTIONS(OrderLineRepository)

public:
    explicit OrderLineRepository(Store &store);

    Result<QList<OrderLine>> listForBasket(const QString &basketId) const;

    static QVariantMap toRow(const OrderLine &record);
    static OrderLine fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
