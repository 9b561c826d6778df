#pragma once

#include "domain/RowStamp.h"

#include <QDateTime>
#include <QString>
#include <optional>

// A change to an order made after its catalogue's ordering window closed, confirmed by the
// person who made it: who, when, which product of which basket, the quantity before and after.
// The producer's summary may already be printed; the summaries list these for the producer.
struct LateChange {
    enum class Kind {
        Add,      // a line that was not there
        Change,   // a quantity changed
        Remove,   // a line taken out
        Validate, // an order in progress validated after closing: its lines now count
        Cancel,   // a validated order cancelled after closing: its lines no longer count
    };

    QString id;
    QString distributionId;
    QString catalogueId;
    QString basketId;
    QString productId;
    Kind kind = Kind::Add;
    // Pieces, or grams for a product ordered by weight; none: no line.
    std::optional<qint64> quantityBefore;
    std::optional<qint64> quantityAfter;
    QDateTime at;           // UTC, from the store's clock
    QString userName;       // who made it
    QDateTime windowClosedAt; // when the catalogue's window had closed
    RowStamp stamp;

    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
};
