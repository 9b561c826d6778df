#include "FormErrors.h"

#include "common/Error.h"

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->setWordWrap(true);
    // A wrapped label in a form row would otherwise keep a narrow width and clip its lines.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
}

FormErrors::FormErrors(QWidget *form)
    : QObject(form), m_general(errorLabel(form, u"generalError"_s))
{
}

QLabel *FormErrors::add(const QStringList &fields, QWidget *widget)
{
    QLabel *label = errorLabel(qobject_cast<QWidget *>(parent()), fields.first() + u"Error"_s);
    m_entries.append({fields, label, widget});
    return label;
}

void FormErrors::clear()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        entry.label->clear();
        entry.label->hide();
    }
    m_general->clear();
    m_general->hide();
}

void FormErrors::show(const Error &error, bool moveFocus)
{
    clear();
    QHash<QLabel *, QStringList> messages;
    QStringList general;
    QWidget *focus = nullptr;
    const QList<FieldIssue> issues = error.issues().isEmpty() ? QList<FieldIssue>{{QString(), error.message()}}
                                                              : error.issues();
    for (const FieldIssue &issue : issues) {
        const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                        [&](const Entry &candidate) { return candidate.fields.contains(issue.field); });
        if (entry == m_entries.cend()) {
            general.append(issue.message);
            continue;
        }
        if (!messages[entry->label].contains(issue.message))
            messages[entry->label].append(issue.message);
        if (!focus)
            focus = entry->widget;
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        it.key()->setText(it.value().join(u'\n'));
        it.key()->show();
    }
    if (!general.isEmpty()) {
        m_general->setText(general.join(u'\n'));
        m_general->show();
    }
    if (moveFocus && focus && focus->isEnabled()) {
        focus->setFocus(Qt::OtherFocusReason);
        // The cursor at the end: the typing mistake is corrected, not typed again.
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->end(false);
    }
}

bool FormErrors::isEmpty() const
{
    if (!m_general->isHidden())
        return false;
    return std::all_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return entry.label->isHidden(); });
}
