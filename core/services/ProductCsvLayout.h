#pragma once

#include "csv/ColumnMapping.h"
#include "domain/Product.h"

#include <QList>
#include <QString>
#include <optional>

// Cagette's product file, as its import takes it and as Comptoir writes it: a header line with
// productName, price, ref, desc, vat, qt, unit, organic, bulk, variablePrice (any order, other
// columns ignored). Units kg, g, l, cl, ml, anything else a piece; booleans "true" or "1".
// A "variablePrice" product is priced by weight: its price is per kilogram, and a qt in g or kg
// other than one kilogram is the estimated weight of the piece it is ordered by.
namespace ProductCsvLayout {
inline const QString productName = QStringLiteral("productName");
inline const QString price = QStringLiteral("price");
inline const QString ref = QStringLiteral("ref");
inline const QString desc = QStringLiteral("desc");
inline const QString vat = QStringLiteral("vat");
inline const QString qt = QStringLiteral("qt");
inline const QString unit = QStringLiteral("unit");
inline const QString organic = QStringLiteral("organic");
inline const QString bulk = QStringLiteral("bulk");
inline const QString variablePrice = QStringLiteral("variablePrice");

// The columns in Cagette's order, each with the French names people also write.
const QList<CsvField> &fields();
QStringList header();

// "kg", "G", "cl"… → the unit; anything else is a piece.
Product::Unit unitFrom(const QString &text);
// "true", "TRUE", "1" → true; anything else false.
bool flagFrom(const QString &text);
// "5.5", "5,5", "5,5 %" → 550 basis points; none for anything else.
std::optional<int> vatFrom(const QString &text);

// A product written as a row of the layout, values in the header's order: prices with a
// decimal point, booleans 1/0.
QStringList row(const Product &product);
}
