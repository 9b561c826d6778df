#pragma once

#include "domain/User.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

// Who works at this desk: one of the group's people, or a new coordinator.
class ChooseUserDialog : public QDialog {
    Q_OBJECT

public:
    ChooseUserDialog(const QList<User> &users, QWidget *parent = nullptr);

    // The chosen person's id; empty when a new person is to be created with newUserName().
    QString userId() const;
    QString newUserName() const;

private:
    QComboBox *m_users;
    QLineEdit *m_newName;
};
