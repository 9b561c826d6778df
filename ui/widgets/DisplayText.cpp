#include "DisplayText.h"

#include "common/Money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString DisplayText::longDate(QDate date)
{
    return QLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString DisplayText::shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString DisplayText::time(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

QString DisplayText::timeRange(QTime start, QTime end)
{
    return time(start) + u" – "_s + time(end);
}

QColor DisplayText::distributionStatusColor(Distribution::Status status)
{
    switch (status) {
    case Distribution::Status::Planned: return QColor(0xe3, 0xea, 0xf5);
    case Distribution::Status::Open: return QColor(0xd4, 0xef, 0xd6);
    case Distribution::Status::Closed: return QColor(0xfb, 0xe8, 0xc8);
    case Distribution::Status::Distributed: return QColor(0xe6, 0xe6, 0xe6);
    case Distribution::Status::Cancelled: return QColor(0xf6, 0xd5, 0xd5);
    }
    return {};
}

QString DisplayText::price(const Product &product)
{
    //: A price per kilogram, written as in the order dialog: "27,90 €/kg".
    return product.weightPriced ? tr("%1/kg").arg(Money::format(product.priceCents))
                                : Money::format(product.priceCents);
}

QString DisplayText::vatRate(int basisPoints)
{
    return QLocale().toString(basisPoints / 100.0, 'g', 4) + u"\u00a0%"_s;
}
