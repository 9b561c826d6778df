#include "ProductCsvLayout.h"

#include "common/Money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ProductCsvLayout {

const QList<CsvField> &fields()
{
    static const QList<CsvField> list{
        {productName, {u"product name"_s, u"name"_s, u"product"_s, u"nom"_s, u"produit"_s, u"nom du produit"_s}},
        {price, {u"prix"_s, u"prix ttc"_s, u"price incl. vat"_s}},
        {ref, {u"reference"_s, u"référence"_s, u"réf"_s, u"code"_s}},
        {desc, {u"description"_s}},
        {vat, {u"tva"_s, u"taux de tva"_s, u"vat rate"_s}},
        {qt, {u"quantity"_s, u"quantité"_s, u"contenance"_s}},
        {unit, {u"unité"_s}},
        {organic, {u"bio"_s}},
        {bulk, {u"vrac"_s}},
        {variablePrice, {u"variable price"_s, u"prix variable"_s}},
    };
    return list;
}

QStringList header()
{
    QStringList names;
    for (const CsvField &field : fields())
        names.append(field.key);
    return names;
}

Product::Unit unitFrom(const QString &text)
{
    Product::Unit found = Product::Unit::Piece;
    const QString key = text.trimmed().toLower();
    if (key == u"piece"_s || !Product::unitFromKey(key, &found))
        return Product::Unit::Piece;
    return found;
}

bool flagFrom(const QString &text)
{
    const QString value = text.trimmed();
    return value == u"1"_s || value.compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

std::optional<int> vatFrom(const QString &text)
{
    QString value = text.trimmed();
    value.remove(u'%');
    // Hundredths of a percent are basis points: the two-decimal parser of money fits.
    const auto basisPoints = Money::parse(value);
    if (!basisPoints || *basisPoints < 0 || *basisPoints > 10000)
        return std::nullopt;
    return int(*basisPoints);
}

QStringList row(const Product &product)
{
    const QLocale c = QLocale::c();
    const auto decimal = [&](qint64 hundredths) {
        QString text = c.toString(double(hundredths) / 100.0, 'f', 2);
        return text;
    };
    const auto thousandths = [&](qint64 value) { return Decimal::formatThousandths(value, c); };
    QString quantity;
    QString unitText = Product::unitKey(product.unit);
    if (product.weightPriced) {
        // By the piece: the estimated weight of a piece; by weight: one kilogram.
        quantity = product.pieceWeightGrams > 0 ? QString::number(product.pieceWeightGrams) : u"1"_s;
        unitText = product.pieceWeightGrams > 0 ? u"g"_s : u"kg"_s;
    } else if (product.contentThousandths > 0) {
        quantity = thousandths(product.contentThousandths);
    }
    QString vatText = decimal(product.vatRateBasisPoints);
    if (vatText.endsWith(u"0"_s) && vatText.contains(u'.'))
        vatText.chop(1);
    if (vatText.endsWith(u".0"_s))
        vatText.chop(2);
    return {product.name,
            decimal(product.priceCents),
            product.reference,
            product.description,
            vatText,
            quantity,
            unitText,
            product.organic ? u"1"_s : u"0"_s,
            product.bulk ? u"1"_s : u"0"_s,
            product.weightPriced ? u"1"_s : u"0"_s};
}

}
