#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

// The name of a new group and of the coordinator at the desk.
class NewGroupDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewGroupDialog(QWidget *parent = nullptr);

    QString groupName() const;
    QString userName() const;
    // Shows a refusal from core under the fields, keeping what was typed.
    void showError(const QString &message);

private:
    QLineEdit *m_groupName;
    QLineEdit *m_userName;
    QLabel *m_error;
};
