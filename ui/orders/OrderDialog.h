#pragma once

#include "common/Result.h"
#include "domain/OrderActor.h"
#include "queries/OrderEntryOffer.h"
#include "orders/QuantityText.h"

#include <QDialog>
#include <QSet>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;
class LineEntry;
class MemberPicker;
class OrderDraft;
class OrderHeader;
class OrderLinesModel;
class Store;
struct DraftLine;

// The telephone order, keyboard first: find the member (or create them here), type products
// by name or reference, Tab to the quantity, Enter to add; arrows, Delete and Enter edit the
// lines; Alt+M (or Shift+Tab) goes back to the member to take the order for someone else;
// Ctrl+Z / Ctrl+Shift+Z undo and redo; Ctrl+L fills the member's previous order;
// Ctrl+S keeps the order in progress, Ctrl+Enter validates it. Totals and VAT follow to the
// cent. Each line shows its catalogue's ordering window; a change to a closed one asks first
// and is recorded as a late change. Nothing is written until the order is saved, in one
// transaction; closing with unsaved lines asks whether to validate, keep in progress or discard.
//
//   OrderDialog dialog(store, distributionId);
//   if (Status loaded = dialog.load(); !loaded) …   // reads the offer: what a benchmark times
//   dialog.openForMember(memberId);                 // optional: the member's order at once
class OrderDialog : public QDialog {
    Q_OBJECT

public:
    OrderDialog(Store &store, const QString &distributionId, QWidget *parent = nullptr);
    ~OrderDialog() override;

    // Reads the distribution's offer as the desk's person may see it (a producer: their own
    // catalogues). Nothing can be typed until it succeeds.
    Status load();
    // The member's order for the distribution: theirs if they have one (never a second one),
    // a new one otherwise.
    Status openForMember(const QString &memberId);
    // An order picked in a list.
    Status openBasket(const QString &basketId);

    bool hasUnsavedChanges() const;
    // Closes the dialog, asking first about unsaved lines; false when the person chose to go
    // back to the order.
    bool closeAsking();
    // Every order dialog open, before the application quits: false when one stays open.
    static bool closeAllOpen();

signals:
    // An order was written.
    void saved(const QString &basketId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    void reject() override;

private:
    enum class Outcome { Saved, Refused, Cancelled };

    void buildWidgets();
    void createActions();
    void showMember();
    // A member picked or created in the member field: the order opens for them, or, once a
    // member was chosen, goes to them (changeMember).
    void memberChosen(const QString &memberId, bool created);
    // Another member for the order before it was saved: the lines typed stay, joined to their
    // basket if they have one (asking first when it holds lines). A saved order keeps its member.
    void changeMember(const QString &memberId, bool created);
    void applyQuantity(const QString &productId, const LineQuantity &quantity, bool inTable);
    void quantityEdited(const QString &productId, const QString &text);
    void removeCurrentLine();
    void sameAsLastTime();
    bool confirmLate(const QStringList &catalogueIds);
    Outcome save(bool validate);
    void saveAndClose(bool validate);
    void updateTotals();
    void updateActions();
    void showMessage(const QString &text, bool problem = false);
    void focusLines();
    QDateTime now() const;

    Store &m_store;
    QString m_distributionId;
    OrderActor m_actor;
    OrderEntryOffer m_offer;
    std::unique_ptr<OrderDraft> m_draft;
    OrderLinesModel *m_lines = nullptr;
    QUndoStack *m_undo;
    bool m_loaded = false;
    bool m_closing = false;
    QSet<QString> m_confirmedLate; // catalogues whose late changes the person confirmed

    OrderHeader *m_header;
    MemberPicker *m_member;
    LineEntry *m_entry;
    QPushButton *m_sameAsLast;
    QTableView *m_table;
    QLabel *m_message;
    QLabel *m_vat;
    QLabel *m_total;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_discardButton;
    QPushButton *m_keepButton;
    QPushButton *m_validateButton;
};
