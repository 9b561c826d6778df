#include "NewGroupDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewGroupDialog::NewGroupDialog(QWidget *parent)
    : QDialog(parent), m_groupName(new QLineEdit(this)), m_userName(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Create my group"));
    m_groupName->setObjectName(u"groupName"_s);
    m_groupName->setPlaceholderText(tr("e.g. Marché paysan du quartier"));
    m_userName->setObjectName(u"userName"_s);
    m_userName->setPlaceholderText(tr("First and last name"));
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Group name:"), m_groupName);
    form->addRow(tr("Your name:"), m_userName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("You will be the group’s first coordinator; others can be added later."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString NewGroupDialog::groupName() const
{
    return m_groupName->text();
}

QString NewGroupDialog::userName() const
{
    return m_userName->text();
}

void NewGroupDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
