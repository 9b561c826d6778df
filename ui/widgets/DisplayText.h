#pragma once

#include "domain/Distribution.h"
#include "domain/Product.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

// How the desktop app writes domain values for people, in the current language.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // "jeudi 26 novembre 2026"
    static QString longDate(QDate date);
    // "jeu. 26/11/2026"
    static QString shortDate(QDate date);
    // "17:30"
    static QString time(QTime time);
    // "17:30 – 19:30"
    static QString timeRange(QTime start, QTime end);
    // The words for statuses, units and "sold by" are core's DomainWords, shared with the CLI.
    // Soft colours that read on light backgrounds, one per distribution status.
    static QColor distributionStatusColor(Distribution::Status status);
    // "3,50 €", or "18,90 € / kg" for a product priced by weight.
    static QString price(const Product &product);
    // "5,5 %"
    static QString vatRate(int basisPoints);
};
