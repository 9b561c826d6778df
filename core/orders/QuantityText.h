#pragma once

#include "common/Result.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// A line's quantity as stored: pieces, or grams for a product ordered by weight; and, for a
// weight-priced product, the estimated weight of the whole line.
struct LineQuantity {
    qint64 quantity = 0;
    qint64 estimatedGrams = 0;

    bool operator==(const LineQuantity &) const = default;
};

// Quantities as people type and read them, the same in the order dialog and the CLI.
class QuantityText {
    Q_DECLARE_TR_FUNCTIONS(QuantityText)

public:
    static constexpr qint64 mostPieces = 10'000;
    static constexpr qint64 mostGrams = 1'000'000; // one tonne

    // Reads what was typed for `product`, with a decimal comma or point:
    // - a product sold by the piece: a whole number of pieces ("3");
    // - a product ordered by weight: kilograms ("1,237", "1.2 kg", "2") or grams ("800 g");
    // - a product sold by the piece at a price per kilogram: pieces ("2", each of the product's
    //   estimated weight), pieces of a given weight ("2 x 1,5", "2 × 1,5 kg"), or a weight
    //   alone with a decimal or a unit ("3,5", "3,5 kg": the pieces that come closest).
    // Zero, negative, malformed and implausible quantities are refused with a message.
    static Result<LineQuantity> parse(const Product &product, const QString &text);
    // The quantity `quantity` (pieces, or grams by weight) with the product's own estimate.
    static LineQuantity withDefaultWeight(const Product &product, qint64 quantity);
    // Checks a quantity given as numbers (the same limits as parse()).
    static Status check(const Product &product, const LineQuantity &quantity);

    // For reading: "3", "1,237 kg", "2 (≈ 3,6 kg)".
    static QString display(const Product &product, const LineQuantity &quantity, const QLocale &locale = QLocale());
    // For editing: a text parse() reads back to the same quantity ("3", "1,237", "2 x 1,5").
    static QString editText(const Product &product, const LineQuantity &quantity, const QLocale &locale = QLocale());
    // What the quantity field expects for the product: "pieces", "kg", "pieces (≈ 1,8 kg each)".
    static QString hint(const Product &product, const QLocale &locale = QLocale());
    // "1,8 kg", "350 g"
    static QString weight(qint64 grams, const QLocale &locale = QLocale());
};
