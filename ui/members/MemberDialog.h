#pragma once

#include "domain/Member.h"

#include <QDialog>

class Error;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class FormErrors;
class Store;

// The member form ("fiche membre"), to create a member or change one, made for a coordinator
// typing all day: every field reachable with Tab, Enter or Ctrl+S saves, Esc closes and asks
// first when something was typed. A refused save shows each problem under its field, puts the
// focus there and loses nothing typed. A member who looks like someone already recorded is
// flagged: open the existing member instead, or save anyway.
class MemberDialog : public QDialog {
    Q_OBJECT

public:
    // A new member.
    MemberDialog(Store &store, QWidget *parent = nullptr);
    // An existing one.
    MemberDialog(Store &store, const Member &member, QWidget *parent = nullptr);

    bool isNew() const { return m_original.id.isEmpty(); }
    // The member as the form holds it now (before the rules tidy it).
    Member member() const;
    bool hasUnsavedChanges() const;
    // Puts what was searched into the form of a new member: a phone number, an e-mail address
    // or a name ("Hélène Dupré": first name, then last name).
    void prefill(const QString &searched);

public slots:
    // Saves; closes the form when saved.
    bool save();
    // Esc, Cancel, the window's close button: asks first when there are unsaved changes.
    void reject() override;

signals:
    void saved(const QString &memberId);
    // On a likely duplicate, the person chose to open the member already recorded.
    void openMemberRequested(const QString &memberId);

private:
    void build();
    void load(const Member &member);
    QLineEdit *lineEdit(const QString &objectName, int maximumLength);
    QWidget *withError(QWidget *field, const QStringList &fieldKeys);
    void showError(const Error &error);
    // Asks what to do with a likely duplicate; true when the save should go ahead anyway.
    bool confirmDuplicate(const Error &error);
    void updateNotifications();
    void tidyPhone(QLineEdit *edit);

    Store &m_store;
    Member m_original;
    Member m_loaded; // as the fields showed it when loaded, to know what changed
    QLabel *m_title = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_notifications = nullptr;
    QLineEdit *m_address1 = nullptr;
    QLineEdit *m_address2 = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_town = nullptr;
    QLineEdit *m_partnerFirstName = nullptr;
    QLineEdit *m_partnerLastName = nullptr;
    QLineEdit *m_partnerPhone = nullptr;
    QLineEdit *m_partnerEmail = nullptr;
    QDateEdit *m_memberSince = nullptr;
    QCheckBox *m_archived = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    FormErrors *m_errors = nullptr;
};
