#include "LineEditCommand.h"

#include "OrderLinesModel.h"

#include <QCoreApplication>

LineEditCommand::LineEditCommand(OrderLinesModel &model, std::optional<DraftLine> before,
                                 std::optional<DraftLine> after, qsizetype row, const QString &productName,
                                 QUndoCommand *parent)
    : QUndoCommand(parent),
      m_model(model),
      m_productId(before ? before->productId : after ? after->productId : QString()),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_row(row)
{
    const char *text = !m_before ? QT_TRANSLATE_NOOP("LineEditCommand", "add %1")
                       : !m_after ? QT_TRANSLATE_NOOP("LineEditCommand", "take out %1")
                                  : QT_TRANSLATE_NOOP("LineEditCommand", "change %1");
    setText(QCoreApplication::translate("LineEditCommand", text).arg(productName));
}

void LineEditCommand::redo()
{
    apply(m_before, m_after);
}

void LineEditCommand::undo()
{
    apply(m_after, m_before);
}

void LineEditCommand::apply(const std::optional<DraftLine> &from, const std::optional<DraftLine> &to)
{
    const qsizetype current = m_model.draft().indexOf(m_productId);
    if (from && to)
        m_model.replaceLine(current, *to);
    else if (to)
        m_model.insertLine(m_row, *to);
    else if (current >= 0)
        m_model.removeLine(current);
}
