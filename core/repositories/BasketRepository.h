#pragma once

#include "domain/Basket.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class BasketRepository : public Repository<BasketRepository, Basket> {
    Q_DECLARE_TR_FUNCTIONS(BasketRepository)

public:
    explicit BasketRepository(Store &store);

    Result<QList<Basket>> listForDistribution(const QString &distributionId) const;
    // The member's basket for the distribution, cancelled ones included; none when there is none.
    // Every basket of the member, deleted and cancelled ones included, by id.
    Result<QList<Basket>> listForMember(const QString &memberId) const;
    Result<std::optional<Basket>> findForMember(const QString &distributionId, const QString &memberId) const;

    static QVariantMap toRow(const Basket &record);
    static Basket fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
