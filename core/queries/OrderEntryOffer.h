#pragma once

#include "domain/Distribution.h"
#include "domain/OrderingWindow.h"
#include "domain/Product.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// A catalogue taking part in a distribution, with its producer and its ordering window.
struct OfferedCatalogue {
    QString id;
    QString name;
    QString producerId;
    QString producerName;
    bool vatRegistered = true;
    OrderingWindow window;
};

// A product of a catalogue taking part, as the order dialog needs it.
struct OfferedProduct {
    Product product;
    qsizetype catalogue = -1; // index in OrderEntryOffer::catalogues
    // Can be ordered: active and not left out of this distribution. Products that cannot are
    // kept for the lines that already hold them.
    bool offered = true;
    std::optional<qint64> stock; // pieces, or grams by weight; none: no limit
    qint64 held = 0;             // the same unit, in every basket of the distribution not cancelled
    QString searchText;          // name and reference, folded
    QString nameKey;             // the name, folded
    QString referenceKey;        // the reference, folded
};

// Everything the order dialog shows about a distribution's offer, read at once (see
// OrderEntryQuery): the distribution, the catalogues taking part (a producer sees only theirs),
// their products with stock and what baskets already hold.
struct OrderEntryOffer {
    Distribution distribution;
    QString placeName;
    QString currency = QStringLiteral("EUR");
    QList<OfferedCatalogue> catalogues; // by name
    QList<OfferedProduct> products;     // by name

    const OfferedProduct *product(const QString &productId) const;
    const OfferedCatalogue *catalogue(const QString &catalogueId) const;
    const OfferedCatalogue &catalogueOf(const OfferedProduct &product) const { return catalogues.at(product.catalogue); }
    // What is left for a basket that already holds `heldByBasket` of it: the stock less what
    // the other baskets hold. None: no limit.
    std::optional<qint64> available(const OfferedProduct &product, qint64 heldByBasket) const;
    // Products that can be ordered, matching the typed text: the exact reference first, then
    // names and references holding every word typed (accents and case ignored).
    QList<const OfferedProduct *> find(const QString &text, int limit = 50) const;
    // The single product the text names: its exact reference or name, or the only match.
    const OfferedProduct *resolve(const QString &text) const;

    // Fills the look-up tables; called once the lists are complete.
    void index();

private:
    QHash<QString, qsizetype> m_productIndex;
    QHash<QString, qsizetype> m_catalogueIndex;
};
