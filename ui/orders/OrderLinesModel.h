#pragma once

#include "orders/OrderDraft.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>

// The lines of the order being typed, over an OrderDraft: product, its catalogue's window,
// quantity, unit price, VAT rate, amount. Every change goes through insertLine / replaceLine /
// removeLine so that views follow row by row (the undo commands call them). The quantity is
// edited in place: what is typed comes out as quantityEntered() for the dialog to check and
// apply through its undo stack.
class OrderLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ProductColumn, WindowColumn, QuantityColumn, UnitPriceColumn, VatColumn, AmountColumn, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole + 1, LateRole };

    OrderLinesModel(OrderDraft &draft, QTimeZone zone, QObject *parent = nullptr);

    OrderDraft &draft() { return m_draft; }
    // The instant the windows are shown at.
    void setNow(const QDateTime &now);
    // The draft was started again (another member, a reload).
    void reload();

    void insertLine(qsizetype row, const DraftLine &line);
    void replaceLine(qsizetype row, const DraftLine &line);
    void removeLine(qsizetype row);
    QString productIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void quantityEntered(const QString &productId, const QString &text);
    // Lines were added, changed or removed: totals follow.
    void linesChanged();

private:
    OrderDraft &m_draft;
    QTimeZone m_zone;
    QDateTime m_now;
};
