#pragma once

#include "queries/DistributionOfferQuery.h"

#include <QAbstractTableModel>
#include <QSet>

// The offer of one distribution being edited: a box per product to leave it out, and its stock
// for this distribution (empty: no limit), typed in pieces, or in kilograms for a product
// ordered by weight. Knows which rows were changed.
class OfferTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Offered, Name, Catalogue, Price, Stock, Ordered, Remaining, ColumnCount };

    explicit OfferTableModel(QObject *parent = nullptr);

    void setEntries(QList<OfferEntry> entries);
    const OfferEntry *entryAt(int row) const;
    // The rows changed since setEntries, as the service takes them.
    QList<ProductOffer> changes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12", or "4,5 kg" for a product ordered by weight (quantities in grams).
    static QString quantityText(const Product &product, qint64 quantity);

signals:
    void inputRefused(const QString &message);

private:
    QList<OfferEntry> m_entries;
    QSet<int> m_changed;
};
