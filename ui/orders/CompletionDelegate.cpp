#include "CompletionDelegate.h"

#include "CompletionListModel.h"

#include <QApplication>
#include <QPainter>

void CompletionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString detail = index.data(CompletionListModel::DetailRole).toString();
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(8, 0, -8, 0);
    painter->save();
    const int detailWidth = detail.isEmpty() ? 0 : std::min(option.fontMetrics.horizontalAdvance(detail), area.width() / 2);
    const QRect titleRect = area.adjusted(0, 0, -(detailWidth + (detailWidth ? 16 : 0)), 0);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    titleRect.width()));
    if (detailWidth) {
        QColor grey = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(grey);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(detail, Qt::ElideLeft, detailWidth));
    }
    painter->restore();
}

QSize CompletionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(option.fontMetrics.height() + 10);
    return size;
}
