#pragma once

#include "BasketEdit.h"
#include "LateRule.h"
#include "QuantityText.h"
#include "common/Result.h"
#include "domain/Basket.h"
#include "domain/OrderLine.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class OrderContext;

// One line as a save will write it: as stored (none: a new line) and as saved (none: taken out).
struct PlannedLine {
    Product product;
    std::optional<OrderLine> before;
    std::optional<LineQuantity> after;
};

// A save of one basket as planned: every rule checked, everything it will write, nothing
// written yet (BasketSave writes it).
struct BasketPlan {
    std::optional<Basket> stored; // none: a new basket
    QString basketId;
    QString distributionId;
    QString memberId;
    Basket::Source source = Basket::Source::Coordinator;
    QList<PlannedLine> changes;
    QList<LateRule::LateLine> late;
    // Lines kept as they are whose price validation freezes now.
    QList<OrderLine> toFreeze;
    bool validating = false;
    // The basket is or becomes validated: a line written now is priced at once.
    bool priced = false;
};

// Plans a save: reads what is stored, checks every order rule, says what will change. Writes
// nothing.
class BasketPlanner {
    Q_DECLARE_TR_FUNCTIONS(BasketPlanner)

public:
    explicit BasketPlanner(OrderContext &context) : m_context(context) {}

    Result<BasketPlan> plan(const BasketEdit &edit);
    // A cancellation: the late changes it makes (a validated basket's lines of closed
    // catalogues no longer count); refused when the basket holds lines out of reach.
    Result<BasketPlan> planCancel(const Basket &basket, LatePolicy late);

private:
    Result<std::optional<Basket>> storedBasket(const BasketEdit &edit);
    Result<std::optional<PlannedLine>> planLine(const LineRequest &request, const std::optional<OrderLine> &before,
                                                const QString &basketId);
    Status checkOffered(const Product &product);
    Status checkStock(const Product &product, qint64 quantity, const QString &basketId);
    // A producer may validate or cancel only a basket holding nothing but their lines.
    Status checkAllInReach(const QList<OrderLine> &lines, const QString &refusal);

    OrderContext &m_context;
};
