#pragma once

#include "domain/OrderingWindow.h"
#include "queries/OrderEntryOffer.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// How the order screens write windows, prices and rates for people, in the current language.
class OrderDisplay {
    Q_DECLARE_TR_FUNCTIONS(OrderDisplay)

public:
    // "Open until Tue 1 Dec, 17:00", "Closed since Tue 1 Dec, 17:00", "Opens Thu 26 Nov, 08:00"
    static QString window(const OrderingWindow &window, const QDateTime &now, const QTimeZone &zone);
    // Text and background colours that read on light backgrounds, one pair per state.
    static QColor windowText(OrderingWindow::State state);
    static QColor windowBackground(OrderingWindow::State state);
    // "2,40 €", "18,90 €/kg"
    static QString unitPrice(const Product &product, qint64 cents, const QString &currency);
    // "5,5 %", or "—" for a producer who is not VAT-registered
    static QString vat(const Product &product, bool vatRegistered);
    // "Comté 18 mois · FRO-COM"
    static QString productLabel(const Product &product);
    static QString money(qint64 cents, const QString &currency);
};
