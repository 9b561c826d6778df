#pragma once

#include "LateRule.h"
#include "common/Result.h"
#include "domain/Distribution.h"
#include "domain/OrderActor.h"
#include "domain/OrderingWindow.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

class Store;

// What one save reads of a distribution, once: the distribution, each catalogue's ordering
// window, the products and their catalogues; and the questions every order rule asks of them
// (is this catalogue closed now, does the person acting reach this product).
class OrderContext {
    Q_DECLARE_TR_FUNCTIONS(OrderContext)

public:
    OrderContext(Store &store, OrderActor actor);

    Status load(const QString &distributionId);

    Store &store() { return m_store; }
    const OrderActor &actor() const { return m_actor; }
    const QDateTime &now() const { return m_now; }
    const Distribution &distribution() const { return m_distribution; }

    Result<Product> product(const QString &productId);
    // Whether the product's catalogue takes part in the distribution (it has a window there).
    bool takesPart(const Product &product) const { return m_windows.contains(product.catalogueId); }
    // Whether the person acting reaches the product: a coordinator every product, a producer
    // those of their own catalogues.
    Result<bool> reaches(const Product &product);
    bool closed(const QString &catalogueId) const;
    QDateTime closesAt(const QString &catalogueId) const { return m_windows.value(catalogueId).closesAt; }

    // The NeedsConfirmation of a save that would change these closed catalogues.
    Error confirmationNeeded(const QStringList &catalogueIds);

private:
    struct CatalogueFacts {
        QString name;
        QString producerId;
    };
    Result<CatalogueFacts> catalogue(const QString &catalogueId);

    Store &m_store;
    OrderActor m_actor;
    QDateTime m_now;
    Distribution m_distribution;
    QHash<QString, OrderingWindow> m_windows; // by catalogue
    QHash<QString, CatalogueFacts> m_catalogues;
    QHash<QString, Product> m_products;
};
