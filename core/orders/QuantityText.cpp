#include "QuantityText.h"

#include "common/Money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

enum class WeightUnit { None, Kilogram, Gram };

struct Reading {
    QString number;
    WeightUnit unit = WeightUnit::None;
};

// Splits "1,2 kg" into "1,2" and its unit; spaces (ordinary and non-breaking) do not count.
Reading readUnit(QString text)
{
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    Reading reading;
    const QString lower = text.toLower();
    if (lower.endsWith("kg"_L1)) {
        reading.unit = WeightUnit::Kilogram;
        text.chop(2);
    } else if (lower.endsWith(u'g')) {
        reading.unit = WeightUnit::Gram;
        text.chop(1);
    }
    reading.number = text;
    return reading;
}

bool hasDecimals(const QString &number)
{
    return number.contains(u',') || number.contains(u'.');
}

bool looksNegative(const QString &text)
{
    return text.trimmed().startsWith(u'-') || text.trimmed().startsWith(QChar(0x2212));
}

}

Result<LineQuantity> QuantityText::parse(const Product &product, const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return Error(ErrorKind::Validation, tr("Type a quantity."), u"quantity"_s);
    if (looksNegative(text))
        return Error(ErrorKind::Validation, tr("The quantity must be more than zero."), u"quantity"_s);

    const auto notUnderstood = [&] {
        return Error(ErrorKind::Validation,
                     tr("“%1” is not a quantity for “%2” (%3).").arg(text, product.name, hint(product)),
                     u"quantity"_s);
    };

    // A weight in kilograms (or grams with "g") as grams.
    const auto grams = [&](const Reading &reading) -> std::optional<qint64> {
        const auto thousandths = Decimal::parseThousandths(reading.number);
        if (!thousandths)
            return std::nullopt;
        if (reading.unit == WeightUnit::Gram)
            return hasDecimals(reading.number) ? std::nullopt : std::optional<qint64>(*thousandths / 1000);
        return thousandths;
    };

    LineQuantity quantity;
    if (!product.weightPriced) {
        static const QRegularExpression whole(u"^[0-9]{1,9}$"_s);
        if (!whole.match(text).hasMatch()) {
            if (Decimal::parseThousandths(text))
                return Error(ErrorKind::Validation,
                             tr("“%1” is sold by the piece: type a whole number.").arg(product.name),
                             u"quantity"_s);
            return notUnderstood();
        }
        quantity.quantity = text.toLongLong();
    } else if (product.orderedByWeight()) {
        const auto weight = grams(readUnit(text));
        if (!weight)
            return notUnderstood();
        quantity = {*weight, *weight};
    } else {
        static const QRegularExpression piecesOfWeight(u"^\\s*([0-9]{1,9})\\s*[xX×*]\\s*(.+)$"_s);
        const auto match = piecesOfWeight.match(text);
        if (match.hasMatch()) {
            const auto each = grams(readUnit(match.captured(2)));
            if (!each)
                return notUnderstood();
            quantity.quantity = match.captured(1).toLongLong();
            quantity.estimatedGrams = quantity.quantity * *each;
            if (*each <= 0)
                return Error(ErrorKind::Validation, tr("The estimated weight must be more than zero."), u"quantity"_s);
        } else {
            const Reading reading = readUnit(text);
            if (reading.unit == WeightUnit::None && !hasDecimals(reading.number)) {
                static const QRegularExpression whole(u"^[0-9]{1,9}$"_s);
                if (!whole.match(reading.number).hasMatch())
                    return notUnderstood();
                quantity = withDefaultWeight(product, reading.number.toLongLong());
            } else {
                const auto weight = grams(reading);
                if (!weight)
                    return notUnderstood();
                const qint64 each = std::max<qint64>(1, product.pieceWeightGrams);
                quantity.quantity = std::max<qint64>(1, Money::divideRounded(*weight, each));
                quantity.estimatedGrams = *weight;
            }
        }
    }
    if (Status valid = check(product, quantity); !valid)
        return valid.error();
    return quantity;
}

LineQuantity QuantityText::withDefaultWeight(const Product &product, qint64 quantity)
{
    if (!product.weightPriced)
        return {quantity, 0};
    if (product.orderedByWeight())
        return {quantity, quantity};
    return {quantity, quantity * product.pieceWeightGrams};
}

Status QuantityText::check(const Product &product, const LineQuantity &quantity)
{
    if (quantity.quantity <= 0)
        return Error(ErrorKind::Validation, tr("The quantity must be more than zero."), u"quantity"_s);
    if (product.orderedByWeight()) {
        if (quantity.quantity > mostGrams)
            return Error(ErrorKind::Validation,
                         tr("%1 of “%2” is not plausible (at most one tonne).").arg(weight(quantity.quantity), product.name),
                         u"quantity"_s);
        return {};
    }
    if (quantity.quantity > mostPieces)
        return Error(ErrorKind::Validation,
                     tr("A quantity of %1 pieces of “%2” is not plausible.").arg(QLocale().toString(quantity.quantity), product.name),
                     u"quantity"_s);
    if (product.weightPriced && (quantity.estimatedGrams <= 0 || quantity.estimatedGrams > mostGrams))
        return Error(ErrorKind::Validation,
                     tr("An estimated weight of %1 is not plausible.").arg(weight(quantity.estimatedGrams)),
                     u"quantity"_s);
    return {};
}

QString QuantityText::weight(qint64 grams, const QLocale &locale)
{
    if (grams < 1000)
        return locale.toString(grams) + u"\u00a0g"_s;
    return Decimal::formatThousandths(grams, locale) + u"\u00a0kg"_s;
}

QString QuantityText::display(const Product &product, const LineQuantity &quantity, const QLocale &locale)
{
    if (!product.weightPriced)
        return locale.toString(quantity.quantity);
    if (product.orderedByWeight())
        return weight(quantity.quantity, locale);
    return tr("%1 (≈ %2)").arg(locale.toString(quantity.quantity), weight(quantity.estimatedGrams, locale));
}

QString QuantityText::editText(const Product &product, const LineQuantity &quantity, const QLocale &locale)
{
    if (!product.weightPriced)
        return QString::number(quantity.quantity);
    if (product.orderedByWeight())
        return Decimal::formatThousandths(quantity.quantity, locale);
    if (quantity == withDefaultWeight(product, quantity.quantity) || quantity.quantity <= 0)
        return QString::number(quantity.quantity);
    const qint64 each = quantity.estimatedGrams / quantity.quantity;
    if (each * quantity.quantity == quantity.estimatedGrams)
        return QString::number(quantity.quantity) + u" x "_s + Decimal::formatThousandths(each, locale);
    // Pieces of a total weight that does not divide evenly: the weight alone reads back.
    return Decimal::formatThousandths(quantity.estimatedGrams, locale) + u" kg"_s;
}

QString QuantityText::hint(const Product &product, const QLocale &locale)
{
    if (!product.weightPriced)
        return tr("pieces");
    if (product.orderedByWeight())
        return tr("kg");
    return tr("pieces (≈ %1 each)").arg(weight(product.pieceWeightGrams, locale));
}
