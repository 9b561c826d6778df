#include "CompletionListModel.h"

void CompletionListModel::setItems(QList<Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int CompletionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CompletionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return item.title;
    case Qt::EditRole: return item.completion.isEmpty() ? item.title : item.completion;
    case Qt::ToolTipRole: return item.detail;
    case IdRole: return item.id;
    case DetailRole: return item.detail;
    }
    return {};
}
