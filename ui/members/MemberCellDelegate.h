#pragma once

#include <QStyledItemDelegate>

// Paints a cell of the member list with the text laid out once. The style's own item painting
// lays each text out two or three times (to place it, to elide it, to draw it); on every
// keystroke of a search the whole page of the list is repainted, and those layouts were most
// of a keystroke's time (docs/BENCHMARKS.md). The look is the style's: its panel (selection,
// background) and focus frame, the text in the palette's colours, elided on the right.
class MemberCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
