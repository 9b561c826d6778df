#pragma once

#include "domain/Basket.h"
#include "domain/Distribution.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The words people read for the domain's statuses, sources and units, in the current language:
// the desktop app's views and dialogs call it directly, and the command-line tool's lists and
// `show` commands print the same words as text. The CLI's CSV output keeps the keys instead (Basket::statusKey,
// Basket::sourceKey, Distribution::statusKey, Product::unitKey).
class DomainWords {
    Q_DECLARE_TR_FUNCTIONS(DomainWords)

public:
    // "Not yet open", "Open for orders", "Orders closed", "Distributed", "Cancelled"
    static QString distributionStatus(Distribution::Status status);
    // "In progress", "Validated", "Cancelled"
    static QString basketStatus(Basket::Status status);
    // Who entered the order: "Member, online", "Coordinator", "Producer"
    static QString basketSource(Basket::Source source);
    // "piece", "kg", "g", "l", "cl", "ml"
    static QString unit(Product::Unit unit);
    // How a product is sold: "by weight", "by weight, per piece (≈ 500 g)", "500 g", "piece".
    static QString soldBy(const Product &product);
    // A day and time of the local wall clock, short: "sam. 3 déc., 18:00".
    static QString dayAndTime(const QDateTime &localDateTime);
};
