#pragma once

#include "common/Result.h"
#include "domain/Distribution.h"
#include "domain/OrderingWindow.h"

#include <QDate>
#include <QHash>
#include <QList>

class Store;

// The distributions of a period as the calendar and lists show them: place, status, how many
// orders in each state and their amounts, read in a few queries however many there are.
struct DistributionOverview {
    Distribution distribution;
    QString placeName;
    QList<OrderingWindow> windows;
    QHash<QString, QString> catalogueNames; // by catalogue id, for the windows
    Distribution::Status status = Distribution::Status::Planned;
    int validatedCount = 0;
    int inProgressCount = 0;     // in progress, with a member
    int anonymousCartCount = 0;  // in progress, without a member
    qint64 validatedCents = 0;
    qint64 inProgressCents = 0;  // anonymous carts included
};

class DistributionOverviewQuery {
public:
    explicit DistributionOverviewQuery(Store &store) : m_store(store) {}
    Result<QList<DistributionOverview>> between(QDate from, QDate to) const;

private:
    Store &m_store;
};
