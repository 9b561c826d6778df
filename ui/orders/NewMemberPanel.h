#pragma once

#include "common/Result.h"
#include "services/DuplicateMemberFinder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Store;

// Creates a member without leaving the order dialog: first name, last name, phone or e-mail,
// filled from what was typed in the member search ("Dupré 06 12…"). Enter creates them. Someone
// who looks like a member already recorded (same phone, e-mail or name: MemberService's
// duplicate rules) is not created at once: the panel lists who they resemble and why, and
// offers "Use this member" (Enter on the list, Alt+U) or "Create anyway" (Alt+A).
class NewMemberPanel : public QWidget {
    Q_OBJECT

public:
    NewMemberPanel(Store &store, QWidget *parent = nullptr);

    // Shows the panel, its fields filled from the search text, the focus in the first empty one.
    void start(const QString &typed);
    // Creates the member from the fields; on a refusal the message shows in the panel, and a
    // likely duplicate shows who they resemble.
    void create();
    // The member typed is created even though they resemble someone (DuplicatePolicy::Allow).
    void createAnyway();
    // The existing member highlighted among the resemblances is the one who orders.
    void useSelected();

signals:
    void created(const QString &memberId);
    // An existing member was chosen instead of creating a duplicate.
    void useExisting(const QString &memberId);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Member typed() const;
    void showResemblances(const QList<DuplicateMatch> &matches);
    void refused(const Error &error);

    Store &m_store;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QPushButton *m_create;
    QLabel *m_message;
    QWidget *m_duplicates;
    QListWidget *m_matches;
    QPushButton *m_useExisting;
    QPushButton *m_createAnyway;
};
