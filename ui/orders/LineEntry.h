#pragma once

#include "orders/QuantityText.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class Clock;
class OrderDraft;
class SearchCompleter;
struct OfferedProduct;

// Where a line is typed: a product by name or reference (the matches listed; Enter or Tab takes
// the highlighted one, the first when none is), then its quantity as QuantityText reads it;
// Enter gives the line to the dialog (entered()). Beside it: what the field expects, and the
// product's price, VAT, ordering window and what is left of it.
class LineEntry : public QWidget {
    Q_OBJECT

public:
    explicit LineEntry(QWidget *parent = nullptr);

    // The order the lines go to; nothing can be typed before.
    void setDraft(const OrderDraft &draft, const Clock &clock, const QTimeZone &zone);
    QLineEdit *productField() const { return m_product; }
    QLineEdit *quantityField() const { return m_quantity; }
    // Empties the fields (their own undo history too) and puts the focus on the product.
    void restart();
    // Keeps what was typed and selects the quantity, to be typed again.
    void retryQuantity();

signals:
    void entered(const QString &productId, const LineQuantity &quantity);
    void problem(const QString &message);
    // Down in the product field with no list open: to the lines.
    void downToLines();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose(const QString &productId);
    const OfferedProduct *productTyped() const;
    void add();

    const OrderDraft *m_draft = nullptr;
    const Clock *m_clock = nullptr;
    QTimeZone m_zone;
    QString m_chosenId;
    QLineEdit *m_product;
    SearchCompleter *m_search;
    QLineEdit *m_quantity;
    QLabel *m_hint;
    QPushButton *m_add;
    QLabel *m_info;
};
