#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The words the large benchmark group is made of: French first and last names, streets and
// towns around Lyon, and the kinds of producers with what each of them sells at what price.
// Plain data; LargeGroup draws from it with its seeded generator.
namespace LargeGroupWords {

struct ProductTemplate {
    const char *name;   // UTF-8
    const char *unit;   // Product::unitKey
    int priceCents;     // including VAT; per kilogram when weight-priced
    int vatRateBasisPoints;
    bool weightPriced;
    int pieceWeightGrams;   // weight-priced and ordered by the piece; 0 otherwise
    int typicalGrams;       // weight-priced and ordered by weight: a usual quantity
    int contentThousandths; // content of one unit in thousandths of `unit`; 0: not stated
    int popularity;         // relative chance of being ordered
};

// How often a kind of producer comes to the distributions.
enum class Frequency { Weekly, EveryOtherWeek, Monthly };

struct ProducerKind {
    const char *catalogueName;
    QStringList businessPrefixes; // "Les Jardins", "Le Fournil"…
    int opensDaysBefore;
    int closesHoursBefore;
    Frequency frequency;
    bool vatRegistered;
    int weight; // share of the producers of a group
    QList<ProductTemplate> products;
};

const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &streets();
// "69004 Lyon": postcode, a space, the town.
const QStringList &towns();
const QStringList &farmPlaces();
const QStringList &memberNotes();
const QList<ProducerKind> &producerKinds();
// "format familial", "petit format"…: variants of a product when a catalogue holds more
// products than its kind has, with their price and content factors in percent.
struct Variant {
    const char *suffix;
    int pricePercent;
    int contentPercent;
};
const QList<Variant> &variants();

}
