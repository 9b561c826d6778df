#include "MemberPicker.h"

#include "NewMemberPanel.h"
#include "SearchCompleter.h"
#include "common/PhoneNumber.h"
#include "services/MemberService.h"

#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString newMemberChoice = u"+new"_s;
}

MemberPicker::MemberPicker(Store &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_field(new QLineEdit(this)),
      m_search(nullptr),
      m_card(new QLabel(this)),
      m_newButton(new QPushButton(tr("New member…"), this)),
      m_newMember(new NewMemberPanel(store, this))
{
    m_field->setObjectName(u"memberField"_s);
    m_field->setPlaceholderText(tr("Type part of a name, a phone number or an e-mail…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_search = new SearchCompleter(m_field);
    m_card->setObjectName(u"memberCard"_s);
    m_card->setTextFormat(Qt::RichText);
    m_card->setText(tr("<span style=\"color:gray\">Whose order? Type to search; Enter picks; Ctrl+M creates a new "
                       "member.</span>"));
    m_newButton->setObjectName(u"newMemberButton"_s);
    m_newButton->setToolTip(tr("Create the member without leaving the order (Ctrl+M)"));
    m_newButton->setAutoDefault(false);
    m_newMember->hide();

    auto *label = new QLabel(tr("&Member"), this);
    label->setBuddy(m_field);
    label->setMinimumWidth(80);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_field, 2);
    row->addWidget(m_card, 3);
    row->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_newMember);

    connect(m_search, &SearchCompleter::typed, this, &MemberPicker::search);
    connect(m_search, &SearchCompleter::picked, this, &MemberPicker::pick);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Enter with nothing highlighted takes the first choice (the list takes a highlighted one).
        if (!m_chosen && !m_search->items().isEmpty() && !m_search->hasHighlight())
            pick(m_search->items().first().id);
    });
    connect(m_newButton, &QPushButton::clicked, this, &MemberPicker::startNewMember);
    connect(m_newMember, &NewMemberPanel::created, this, &MemberPicker::created);
    connect(m_newMember, &NewMemberPanel::cancelled, this, [this] { m_field->setFocus(); });
}

void MemberPicker::search(const QString &text)
{
    if (m_chosen)
        return;
    if (text.trimmed().isEmpty()) {
        m_search->hide();
        return;
    }
    MemberFilter filter;
    filter.text = text;
    filter.limit = 8;
    auto members = MemberService(m_store).list(filter);
    QList<CompletionListModel::Item> items;
    if (members) {
        for (const Member &member : *members) {
            QStringList detail;
            if (!member.phone.isEmpty())
                detail.append(PhoneNumber::display(member.phone));
            if (!member.email.isEmpty())
                detail.append(member.email);
            if (!member.town.isEmpty())
                detail.append(member.town);
            items.append({member.id, member.displayName(), detail.join(u"  ·  "_s), member.displayName()});
        }
    }
    items.append({newMemberChoice, tr("New member “%1”…").arg(text.simplified()), tr("Ctrl+M"), text});
    m_search->show(items);
}

void MemberPicker::pick(const QString &id)
{
    if (id == newMemberChoice)
        startNewMember();
    else
        emit chosen(id);
}

void MemberPicker::startNewMember()
{
    if (m_chosen)
        return;
    m_search->hide();
    m_newMember->start(m_field->text());
}

bool MemberPicker::closeNewMember()
{
    if (!m_newMember->isVisible())
        return false;
    m_newMember->hide();
    m_field->setFocus();
    return true;
}

void MemberPicker::showChosen(const Member &member, const QString &orderState)
{
    m_chosen = true;
    m_newMember->hide();
    m_search->hide();
    m_field->setText(member.displayName());
    m_field->setReadOnly(true);
    m_field->setClearButtonEnabled(false);
    m_newButton->hide();
    QStringList parts;
    if (!member.phone.isEmpty())
        parts.append(PhoneNumber::display(member.phone).toHtmlEscaped());
    if (!member.email.isEmpty())
        parts.append(member.email.toHtmlEscaped());
    parts.append(orderState);
    m_card->setText(parts.join(u"  ·  "_s));
}

bool MemberPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Tab out of the search takes the highlighted choice, as Enter does.
    if (watched == m_field && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() == Qt::TabFocusReason && !m_chosen
        && !m_field->text().trimmed().isEmpty() && !m_search->items().isEmpty()) {
        const QString id = m_search->bestId();
        QMetaObject::invokeMethod(this, [this, id] { pick(id); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}
