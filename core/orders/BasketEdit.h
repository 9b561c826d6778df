#pragma once

#include "domain/Basket.h"

#include <QList>
#include <QString>
#include <optional>

// What a save does about changes to closed catalogues.
enum class LatePolicy {
    Refuse, // refused with NeedsConfirmation, naming the catalogues; nothing is written
    Record, // the person confirmed: the change is made and recorded as a late change
};

// One product's line as a save wants it.
struct LineRequest {
    QString productId;
    qint64 quantity = 0; // pieces, or grams for a product ordered by weight; 0: take the line out
    // A weight-priced product sold by the piece: the estimated weight of the whole line; none:
    // the product's estimate per piece.
    std::optional<qint64> estimatedGrams;
};

// A change to one basket, saved whole or not at all (OrderService::save).
struct BasketEdit {
    // The basket: the member's in the distribution (a new one when they have none, a cancelled
    // one reopened), or a basket named by id (an anonymous cart, an order picked in a list).
    QString distributionId;
    QString memberId;
    QString basketId;
    // A basket named by id that was cancelled is reopened only when asked.
    bool reopen = false;

    QList<LineRequest> lines;
    // true: the lines within the person's reach that are not listed are taken out (the order
    // dialog saves the basket as shown); false: the others are kept (the CLI completes a basket).
    bool replaceOtherLines = false;
    bool validate = false;
    LatePolicy late = LatePolicy::Refuse;
    // A basket may be opened with no line yet (a cart being started, the demo's history);
    // otherwise a new basket needs a line.
    bool allowEmpty = false;
    // The source recorded on a new basket; none: from the person's role.
    std::optional<Basket::Source> source;
};

struct SavedBasket {
    QString basketId;
    bool created = false;
    Basket::Status status = Basket::Status::InProgress;
    int linesChanged = 0;
    int lateChanges = 0;
};
