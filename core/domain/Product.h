#pragma once

#include "RowStamp.h"

#include <QString>

struct Product {
    enum class Unit { Piece, Kilogram, Gram, Litre, Centilitre, Millilitre };

    QString id;
    QString catalogueId;
    QString name;
    QString reference;
    QString description;
    Unit unit = Unit::Piece;
    // Including VAT. For a weight-priced product: the price of one kilogram.
    qint64 priceCents = 0;
    int vatRateBasisPoints = 550; // 5.5 %
    // "Prix variable": priced by the kilogram, the amount follows the weighed quantity.
    bool weightPriced = false;
    // For a weight-priced product ordered by the piece: the estimated weight of one piece.
    // 0: ordered by weight.
    int pieceWeightGrams = 0;
    bool organic = false;
    bool bulk = false;
    // Content of one unit in thousandths of `unit` (Cagette's "qt"): a 500 g jar is 500000 with
    // Unit::Gram (500.000 g), or 500 with Unit::Kilogram (0.500 kg). 0: not stated.
    qint64 contentThousandths = 0;
    bool active = true;
    RowStamp stamp;

    bool orderedByWeight() const { return weightPriced && pieceWeightGrams <= 0; }

    static QString unitKey(Unit unit);
    static bool unitFromKey(const QString &key, Unit *unit);
};
