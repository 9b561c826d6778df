#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class Store;

// Creates a member without leaving the order dialog: first name, last name, phone or e-mail,
// filled from what was typed in the member search ("Dupré 06 12…"). Enter creates them.
class NewMemberPanel : public QWidget {
    Q_OBJECT

public:
    NewMemberPanel(Store &store, QWidget *parent = nullptr);

    // Shows the panel, its fields filled from the search text, the focus in the first empty one.
    void start(const QString &typed);
    // Creates the member from the fields; on a refusal the message shows in the panel.
    void create();

signals:
    void created(const QString &memberId);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Store &m_store;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QPushButton *m_create;
    QLabel *m_message;
};
