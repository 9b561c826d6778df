#include "MemberCellDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

void MemberCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);

    if (!cell.text.isEmpty()) {
        // The margins and colours QCommonStyle gives an item's text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect area = cell.rect.adjusted(margin, 0, -margin, 0);
        const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (cell.state & QStyle::State_Active)                                 ? QPalette::Normal
                                                                                  : QPalette::Inactive;
        painter->save();
        painter->setPen(cell.palette.color(group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                        : QPalette::Text));
        painter->setFont(cell.font);
        painter->setClipRect(area, Qt::IntersectClip);

        // Placed by alignedRect below, not by the layout.
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        textOption.setTextDirection(cell.direction);
        QTextLayout layout(cell.text, cell.font, painter->device());
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(area.width());
        layout.endLayout();
        if (line.naturalTextWidth() <= area.width()) {
            const QRect placed = QStyle::alignedRect(cell.direction, cell.displayAlignment,
                                                     QSize(int(line.naturalTextWidth() + 0.5), int(line.height() + 0.5)),
                                                     area);
            line.draw(painter, QPointF(placed.left() - line.x(), placed.top()));
        } else {
            // Too long for the column (rare: a long e-mail in a narrow window): elided, laid out again.
            const QString elided = cell.fontMetrics.elidedText(cell.text, cell.textElideMode, area.width());
            painter->drawText(area, int(cell.displayAlignment) | Qt::TextSingleLine, elided);
        }
        painter->restore();
    }

    if (cell.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(cell);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &cell, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = cell.palette.color(group, (cell.state & QStyle::State_Selected) ? QPalette::Highlight
                                                                                               : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}
