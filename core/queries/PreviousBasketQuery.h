#pragma once

#include "common/Result.h"
#include "domain/Distribution.h"
#include "domain/OrderActor.h"

#include <QDate>
#include <QString>
#include <optional>

class Store;

// The member's most recent validated basket of an earlier distribution (not cancelled) that
// holds lines the person acting may see ("same as last time").
class PreviousBasketQuery {
public:
    explicit PreviousBasketQuery(Store &store) : m_store(store) {}

    struct Found {
        QString basketId;
        QDate distributionDate;
    };
    Result<std::optional<Found>> before(const Distribution &current, const QString &memberId,
                                        const OrderActor &actor) const;

private:
    Store &m_store;
};
