#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

// The choices a search field offers as one types: each with a title, a detail shown beside it
// in grey, and the text the field takes when it is chosen.
class CompletionListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, DetailRole };

    struct Item {
        QString id;
        QString title;
        QString detail;
        QString completion; // the field's text once chosen; the title when empty
    };

    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<Item> items);
    const QList<Item> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
};
