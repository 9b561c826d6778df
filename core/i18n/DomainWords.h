#pragma once

#include "domain/Basket.h"
#include "domain/Distribution.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QString>

// The words people read for the domain's statuses, sources and units, in the current language:
// the desktop app (through DisplayText) and the text output of the command-line tool use the
// same ones. Files for scripts (CSV) keep the keys (Basket::statusKey…) instead.
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
};
