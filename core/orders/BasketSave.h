#pragma once

#include "BasketEdit.h"
#include "LateChange.h"
#include "OrderActor.h"
#include "QuantityText.h"
#include "common/Result.h"
#include "domain/Distribution.h"
#include "domain/OrderLine.h"
#include "domain/OrderingWindow.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

class Store;

// Carries out one change to a basket inside the caller's transaction: reads what is stored,
// checks every order rule (see OrderService), and writes only when all of them hold.
class BasketSave {
    Q_DECLARE_TR_FUNCTIONS(BasketSave)

public:
    BasketSave(Store &store, OrderActor actor);

    Result<SavedBasket> run(const BasketEdit &edit);
    Result<SavedBasket> cancel(const QString &basketId, LatePolicy late);

private:
    // One line as it will change: before (none: no line) and after (none: taken out).
    struct Change {
        Product product;
        std::optional<OrderLine> before;
        std::optional<LineQuantity> after;
        LateChange::Kind kind = LateChange::Kind::Change;
        bool late = false;
    };

    Status loadDistribution(const QString &distributionId);
    // Products and producers are read once per save.
    Result<Product> productOf(const QString &productId);
    Result<QString> producerOf(const QString &catalogueId);
    Result<Change> plan(const LineRequest &request, const std::optional<OrderLine> &before, const QString &basketId);
    Status checkOffered(const Product &product);
    Status checkStock(const Product &product, qint64 quantity, const QString &basketId);
    bool closed(const QString &catalogueId) const;
    Error confirmationNeeded(const QStringList &catalogueIds);
    Status recordLate(const Product &product, const QString &basketId, LateChange::Kind kind,
                      std::optional<qint64> before, std::optional<qint64> after);
    Status write(const Change &change, const QString &basketId, bool priced);

    Store &m_store;
    OrderActor m_actor;
    QDateTime m_now;
    Distribution m_distribution;
    QHash<QString, OrderingWindow> m_windows;  // by catalogue
    QHash<QString, QString> m_producers;       // catalogue → producer
    QHash<QString, QString> m_catalogueNames;
    QHash<QString, Product> m_products;
};
