#pragma once

#include "orders/OrderDraft.h"

#include <QUndoCommand>
#include <optional>

class OrderLinesModel;

// One undoable change to the lines of the order being typed: a line added (no `before`),
// changed, or taken out (no `after`). `row` is where an added line goes, and where a removed
// one comes back on undo.
class LineEditCommand : public QUndoCommand {
public:
    LineEditCommand(OrderLinesModel &model, std::optional<DraftLine> before, std::optional<DraftLine> after,
                    qsizetype row, const QString &productName, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<DraftLine> &from, const std::optional<DraftLine> &to);

    OrderLinesModel &m_model;
    QString m_productId;
    std::optional<DraftLine> m_before;
    std::optional<DraftLine> m_after;
    qsizetype m_row;
};
