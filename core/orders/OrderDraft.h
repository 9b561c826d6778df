#pragma once

#include "BasketEdit.h"
#include "BasketTotals.h"
#include "queries/OrderEntryOffer.h"
#include "PreviousBasket.h"
#include "QuantityText.h"
#include "common/Result.h"
#include "domain/Basket.h"
#include "domain/OrderLine.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

// One line of the order being typed.
struct DraftLine {
    QString productId;
    LineQuantity quantity;
    std::optional<qint64> unitPriceCents; // frozen at validation
    std::optional<qint64> weighedGrams;

    bool operator==(const DraftLine &) const = default;
};

// What "same as last time" brings: the lines it adds and what it could not carry over.
struct CarryOver {
    struct Left {
        QString productName;
        QString reason;
    };

    QDate from; // the earlier distribution's date
    QList<DraftLine> lines;
    QList<Left> left;
    // Products of the lines added whose catalogue closed: adding them is a late change.
    QStringList lateProductIds;
};

// The order being typed in the dialog, before it is saved: the member's stored basket (or
// none yet) and the lines as they stand now, over a distribution's offer. Pure data and rules,
// no storage: the dialog's undo commands edit it, OrderService saves it (edit()).
class OrderDraft {
    Q_DECLARE_TR_FUNCTIONS(OrderDraft)

public:
    explicit OrderDraft(const OrderEntryOffer &offer) : m_offer(&offer) {}

    const OrderEntryOffer &offer() const { return *m_offer; }

    // Starts on the member's stored basket (none: a new one) and its lines. Lines outside the
    // offer (another producer's, for a producer) are left out of the draft and of its save.
    void start(const QString &memberId, const std::optional<Basket> &basket, const QList<OrderLine> &storedLines);
    // The order being typed goes to another member before it was ever saved: the lines typed
    // stay, joined to what that member's basket holds (`basket`, `storedLines`: never a second
    // basket), a product in both taking the quantity typed. Returns the products whose stored
    // quantity the typed one replaces. A draft over a saved basket is refused (Conflict): the
    // member of a saved order does not change.
    Result<QStringList> changeMember(const QString &memberId, const std::optional<Basket> &basket,
                                     const QList<OrderLine> &storedLines);
    const QString &memberId() const { return m_memberId; }
    const std::optional<Basket> &basket() const { return m_basket; }
    bool isValidated() const { return m_basket && m_basket->status == Basket::Status::Validated; }

    const QList<DraftLine> &lines() const { return m_lines; }
    qsizetype indexOf(const QString &productId) const;
    void insertLine(qsizetype row, const DraftLine &line);
    void replaceLine(qsizetype row, const DraftLine &line);
    void removeLine(qsizetype row);

    // Whether `quantity` of the product can go in the order: offered (for a new line or more
    // of it), a plausible quantity, within what is left of the stock.
    Status check(const QString &productId, const LineQuantity &quantity) const;
    // What is left of the product for this order: the stock less the other baskets. None: no limit.
    std::optional<qint64> available(const QString &productId) const;
    // The quantity stored for the product in this basket (0: none).
    qint64 storedQuantity(const QString &productId) const;
    // Whether the product's catalogue has closed at `now`.
    bool isClosed(const QString &productId, const QDateTime &now) const;

    qint64 unitPrice(const DraftLine &line) const;
    qint64 amount(const DraftLine &line) const;
    BasketTotals totals() const;

    // Whether the lines differ from those stored.
    bool isDirty() const;
    // A saved order with edits not saved yet: it cannot be taken for another member.
    bool isSavedWithChanges() const { return m_basket.has_value() && isDirty(); }
    // The closed catalogues (at `now`) that saving the draft changes late (LateRule): lines
    // changed since stored and, when `validate` validates an order in progress, every line.
    QStringList lateCatalogues(const QDateTime &now, bool validate) const;
    // The save that makes the stored basket what the draft shows.
    BasketEdit edit(bool validate, LatePolicy late) const;

    // The lines of `previous` that can be carried over to this order, at today's prices:
    // products still offered, within the stock left; products already in the order stay as
    // they are. What cannot be carried over is said.
    CarryOver carryOver(const PreviousBasket &previous, const QDateTime &now) const;

private:
    const OrderEntryOffer *m_offer;
    QString m_memberId;
    std::optional<Basket> m_basket;
    QList<DraftLine> m_stored;
    QList<DraftLine> m_lines;
};
