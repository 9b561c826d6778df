#include "Money.h"

#include <QRegularExpression>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// Splits "12,345" into whole and fraction parts, accepting a comma or a point.
std::optional<qint64> parseScaled(QString text, int decimals)
{
    text = text.trimmed();
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.remove(u' ');
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    static const QRegularExpression shape(u"^([0-9]{1,12})(?:[.,]([0-9]*))?$"_s);
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    if (fraction.size() > decimals)
        return std::nullopt;
    fraction = fraction.leftJustified(decimals, u'0');
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 value = match.captured(1).toLongLong() * scale + (decimals ? fraction.toLongLong() : 0);
    return negative ? -value : value;
}

}

namespace Money {

QString symbol(const QString &currency)
{
    if (currency == "EUR"_L1)
        return u"€"_s;
    if (currency == "CHF"_L1)
        return u"CHF"_s;
    return currency;
}

QString format(qint64 cents, const QLocale &locale, const QString &currency)
{
    return locale.toCurrencyString(double(cents) / 100.0, symbol(currency), 2);
}

std::optional<qint64> parse(const QString &text)
{
    QString cleaned = text;
    cleaned.remove(u'€');
    return parseScaled(cleaned, 2);
}

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    const bool negative = (numerator < 0) != (denominator < 0);
    const qint64 n = std::llabs(numerator);
    const qint64 d = std::llabs(denominator);
    const qint64 rounded = (n + d / 2) / d;
    return negative ? -rounded : rounded;
}

qint64 forWeight(qint64 centsPerKilogram, qint64 grams)
{
    return divideRounded(centsPerKilogram * grams, 1000);
}

qint64 includedVat(qint64 centsIncludingVat, int rateBasisPoints)
{
    return divideRounded(centsIncludingVat * rateBasisPoints, 10000 + rateBasisPoints);
}

}

namespace Decimal {

std::optional<qint64> parseThousandths(const QString &text)
{
    return parseScaled(text, 3);
}

QString formatThousandths(qint64 thousandths, const QLocale &locale)
{
    QString text = locale.toString(double(thousandths) / 1000.0, 'f', 3);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

}
