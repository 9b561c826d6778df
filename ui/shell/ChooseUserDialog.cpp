#include "ChooseUserDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChooseUserDialog::ChooseUserDialog(const QList<User> &users, QWidget *parent)
    : QDialog(parent), m_users(new QComboBox(this)), m_newName(new QLineEdit(this))
{
    setWindowTitle(tr("Who is at this desk?"));
    m_users->setObjectName(u"userChoice"_s);
    for (const User &user : users) {
        const QString role = user.role == User::Role::Producer ? tr("producer") : tr("coordinator");
        m_users->addItem(u"%1 (%2)"_s.arg(user.name, role), user.id);
    }
    m_users->addItem(tr("Someone else…"), QString());
    m_newName->setObjectName(u"newUserName"_s);
    m_newName->setPlaceholderText(tr("First and last name"));
    m_newName->setEnabled(users.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("I am:"), m_users);
    form->addRow(tr("New coordinator:"), m_newName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every change made here is recorded in this person’s name."), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_users, &QComboBox::currentIndexChanged, this,
            [this] { m_newName->setEnabled(m_users->currentData().toString().isEmpty()); });
}

QString ChooseUserDialog::userId() const
{
    return m_users->currentData().toString();
}

QString ChooseUserDialog::newUserName() const
{
    return m_newName->text();
}
