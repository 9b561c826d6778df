#include "OrderDisplay.h"

#include "common/Money.h"
#include "i18n/DomainWords.h"
#include "widgets/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString OrderDisplay::window(const OrderingWindow &window, const QDateTime &now, const QTimeZone &zone)
{
    switch (window.stateAt(now)) {
    case OrderingWindow::State::NotYetOpen:
        return tr("Opens %1").arg(DomainWords::dayAndTime(window.opensAt.toTimeZone(zone)));
    case OrderingWindow::State::Open:
        return tr("Open until %1").arg(DomainWords::dayAndTime(window.closesAt.toTimeZone(zone)));
    case OrderingWindow::State::Closed:
        return tr("Closed since %1").arg(DomainWords::dayAndTime(window.closesAt.toTimeZone(zone)));
    }
    return {};
}

QColor OrderDisplay::windowText(OrderingWindow::State state)
{
    switch (state) {
    case OrderingWindow::State::NotYetOpen: return QColor(0x2f, 0x4a, 0x7a);
    case OrderingWindow::State::Open: return QColor(0x1d, 0x63, 0x2e);
    case OrderingWindow::State::Closed: return QColor(0x9a, 0x3b, 0x00);
    }
    return {};
}

QColor OrderDisplay::windowBackground(OrderingWindow::State state)
{
    switch (state) {
    case OrderingWindow::State::NotYetOpen: return QColor(0xe3, 0xea, 0xf5);
    case OrderingWindow::State::Open: return QColor(0xd4, 0xef, 0xd6);
    case OrderingWindow::State::Closed: return QColor(0xfd, 0xe2, 0xc4);
    }
    return {};
}

QString OrderDisplay::money(qint64 cents, const QString &currency)
{
    return Money::format(cents, QLocale(), currency);
}

QString OrderDisplay::unitPrice(const Product &product, qint64 cents, const QString &currency)
{
    if (product.weightPriced)
        return tr("%1/kg").arg(money(cents, currency));
    return money(cents, currency);
}

QString OrderDisplay::vat(const Product &product, bool vatRegistered)
{
    if (!vatRegistered)
        return u"—"_s;
    return DisplayText::vatRate(product.vatRateBasisPoints);
}

QString OrderDisplay::productLabel(const Product &product)
{
    if (product.reference.isEmpty())
        return product.name;
    return product.name + u"  ·  "_s + product.reference;
}
