#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

// Money is integer cents, never floating point. Rounding is half away from zero, to the cent.
namespace Money {
// "18,90 €" in French, "€18.90" in English: the locale's own habits.
QString format(qint64 cents, const QLocale &locale = QLocale(), const QString &currency = QStringLiteral("EUR"));
// "18,90", "18.90", "18", "18,9 €" → 1890. None for anything else (letters, three decimals…).
std::optional<qint64> parse(const QString &text);
// Integer division rounded half away from zero.
qint64 divideRounded(qint64 numerator, qint64 denominator);
// The amount of `grams` at `centsPerKilogram`: 1237 g at 1890 → 2338 (23,38 €).
qint64 forWeight(qint64 centsPerKilogram, qint64 grams);
// The VAT included in an amount that includes it, at `rateBasisPoints` (550 = 5.5 %).
qint64 includedVat(qint64 centsIncludingVat, int rateBasisPoints);
// The currency's symbol for display (EUR → €).
QString symbol(const QString &currency);
}

// Decimal text for quantities in thousandths (kilograms as grams, litres as millilitres).
namespace Decimal {
// "1,237" or "1.237" → 1237; at most three decimals; none for anything else.
std::optional<qint64> parseThousandths(const QString &text);
// 1237 → "1,237" in French, trailing zeros dropped ("1,5", "2").
QString formatThousandths(qint64 thousandths, const QLocale &locale = QLocale());
}
