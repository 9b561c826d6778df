#include "DomainWords.h"

#include "common/Money.h"

#include <QLocale>

QString DomainWords::distributionStatus(Distribution::Status status)
{
    switch (status) {
    case Distribution::Status::Planned: return tr("Not yet open");
    case Distribution::Status::Open: return tr("Open for orders");
    case Distribution::Status::Closed: return tr("Orders closed");
    case Distribution::Status::Distributed: return tr("Distributed");
    case Distribution::Status::Cancelled: return tr("Cancelled", "distribution");
    }
    return {};
}

QString DomainWords::basketStatus(Basket::Status status)
{
    switch (status) {
    case Basket::Status::InProgress: return tr("In progress");
    case Basket::Status::Validated: return tr("Validated");
    case Basket::Status::Cancelled: return tr("Cancelled", "order");
    }
    return {};
}

QString DomainWords::basketSource(Basket::Source source)
{
    switch (source) {
    case Basket::Source::Member: return tr("Member, online");
    case Basket::Source::Coordinator: return tr("Coordinator");
    case Basket::Source::Producer: return tr("Producer");
    }
    return {};
}

QString DomainWords::unit(Product::Unit unit)
{
    switch (unit) {
    case Product::Unit::Piece: return tr("piece");
    case Product::Unit::Kilogram: return tr("kg");
    case Product::Unit::Gram: return tr("g");
    case Product::Unit::Litre: return tr("l");
    case Product::Unit::Centilitre: return tr("cl");
    case Product::Unit::Millilitre: return tr("ml");
    }
    return {};
}

QString DomainWords::soldBy(const Product &product)
{
    if (product.weightPriced && product.pieceWeightGrams > 0)
        return tr("by weight, per piece (≈ %1 g)").arg(product.pieceWeightGrams);
    if (product.weightPriced)
        return tr("by weight");
    if (product.contentThousandths > 0)
        //: A content and its unit: "500 g", "0,75 l".
        return tr("%1 %2").arg(Decimal::formatThousandths(product.contentThousandths), unit(product.unit));
    return unit(product.unit);
}

QString DomainWords::dayAndTime(const QDateTime &localDateTime)
{
    return QLocale().toString(localDateTime.date(), QStringLiteral("ddd d MMM")) + QStringLiteral(", ")
           + localDateTime.time().toString(QStringLiteral("HH:mm"));
}
