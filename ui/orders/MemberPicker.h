#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class NewMemberPanel;
class SearchCompleter;
class Store;
struct Member;

// Finds the member who orders: part of a name, a phone number or an e-mail typed, the matches
// listed (Enter or Tab takes the highlighted one, the first when none is), or a new member
// created on the spot (Ctrl+M, or the list's last choice). Once chosen, the member is shown
// with the state of their order; going back to the field (Alt+M, Shift+Tab, a click, or
// "Change…") searches again for another member, and Esc or leaving it keeps the one chosen.
class MemberPicker : public QWidget {
    Q_OBJECT

public:
    explicit MemberPicker(Store &store, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    bool isChosen() const { return m_chosen; }
    // Whether another member is being searched for in place of the one chosen.
    bool isChanging() const { return m_changing; }
    // Shows the member chosen, with `orderState` (rich text) beside their phone and e-mail.
    void showChosen(const Member &member, const QString &orderState);
    // Hides the new member form if it is open; returns whether it was.
    bool closeNewMember();

public slots:
    void startNewMember();
    // Searches for another member in place of the one chosen.
    void beginChange();
    // Shows the member chosen again, as before a change was begun.
    void cancelChange();

signals:
    void chosen(const QString &memberId);
    void created(const QString &memberId);
    // Esc gave up looking for another member: the one chosen stays.
    void changeCancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void pick(const QString &id);
    void showAsChosen();

    Store &m_store;
    QLineEdit *m_field;
    SearchCompleter *m_search;
    QLabel *m_card;
    QPushButton *m_newButton;
    QPushButton *m_changeButton;
    NewMemberPanel *m_newMember;
    bool m_chosen = false;
    bool m_changing = false;
    QString m_chosenName;
    QString m_chosenCard;
};
