#include "RecordDialog.h"

#include "FormErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecordDialog::RecordDialog(const QString &objectName, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_errors(new FormErrors(this))
{
    setObjectName(objectName);
}

void RecordDialog::addField(const QString &label, QWidget *field, const QStringList &ruleFields)
{
    m_form->addRow(label, field);
    addErrors(ruleFields, field);
}

void RecordDialog::addErrors(const QStringList &ruleFields, QWidget *focus)
{
    m_form->addRow(QString(), m_errors->add(ruleFields, focus));
}

void RecordDialog::finishLayout(int width, QWidget *note)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    if (note)
        layout->addWidget(note);
    layout->addWidget(m_errors->general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(width, sizeHint().height());
}

void RecordDialog::save(const QString &id, const std::function<Result<QString>()> &add,
                        const std::function<Status()> &update)
{
    QString savedId = id;
    if (savedId.isEmpty()) {
        auto added = add();
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        savedId = *added;
    } else if (Status updated = update(); !updated) {
        m_errors->show(updated.error());
        return;
    }
    emit saved(savedId);
    QDialog::accept();
}
