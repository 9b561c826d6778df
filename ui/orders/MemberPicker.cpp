#include "MemberPicker.h"

#include "NewMemberPanel.h"
#include "SearchCompleter.h"
#include "common/PhoneNumber.h"
#include "services/MemberService.h"

#include <QFocusEvent>
#include <QKeyEvent>
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
      m_changeButton(new QPushButton(tr("Change…  Alt+M"), this)),
      m_newMember(new NewMemberPanel(store, this))
{
    m_field->setObjectName(u"memberField"_s);
    m_field->setPlaceholderText(tr("Type part of a name, a phone number or an e-mail…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_search = new SearchCompleter(m_field);
    m_card->setObjectName(u"memberCard"_s);
    m_card->setTextFormat(Qt::RichText);
    // The card's text changes with the state (a hint, the member, the order): it wraps in its
    // own share of the row instead of making the field jump in width.
    m_card->setWordWrap(true);
    m_card->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_card->setText(tr("<span style=\"color:gray\">Whose order? Type to search; Enter picks; Ctrl+M creates a new "
                       "member.</span>"));
    m_newButton->setObjectName(u"newMemberButton"_s);
    m_newButton->setToolTip(tr("Create the member without leaving the order (Ctrl+M)"));
    m_newButton->setAutoDefault(false);
    // A click keeps the focus in the search (Ctrl+M is the key).
    m_newButton->setFocusPolicy(Qt::NoFocus);
    m_changeButton->setObjectName(u"changeMemberButton"_s);
    m_changeButton->setToolTip(tr("Take this order for another member (Alt+M or Shift+Tab to the member field); the "
                                  "lines typed stay"));
    m_changeButton->setAutoDefault(false);
    // Out of the Tab chain: Tab goes from the member to the products.
    m_changeButton->setFocusPolicy(Qt::NoFocus);
    m_changeButton->hide();
    m_newMember->hide();

    auto *label = new QLabel(tr("&Member"), this);
    label->setBuddy(m_field);
    label->setMinimumWidth(80);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_field, 2);
    row->addWidget(m_changeButton);
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
        if ((!m_chosen || m_changing) && !m_search->items().isEmpty() && !m_search->hasHighlight())
            pick(m_search->items().first().id);
    });
    connect(m_newButton, &QPushButton::clicked, this, &MemberPicker::startNewMember);
    connect(m_changeButton, &QPushButton::clicked, this, &MemberPicker::beginChange);
    connect(m_newMember, &NewMemberPanel::created, this, &MemberPicker::created);
    connect(m_newMember, &NewMemberPanel::useExisting, this, &MemberPicker::chosen);
    connect(m_newMember, &NewMemberPanel::cancelled, this, [this] { m_field->setFocus(); });
}

void MemberPicker::search(const QString &text)
{
    if (m_chosen && !m_changing)
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
    m_search->hide();
    // Once a member is chosen the field shows their name: nothing to start the form from.
    m_newMember->start(m_chosen && !m_changing ? QString() : m_field->text());
}

void MemberPicker::beginChange()
{
    if (m_chosen && !m_changing) {
        m_changing = true;
        m_search->show({}); // the choices of the first search are gone
        m_field->setReadOnly(false);
        m_field->setClearButtonEnabled(true);
        m_changeButton->hide();
        m_newButton->show();
        m_card->setText(tr("<span style=\"color:gray\">Another member? Type to search, Enter picks; Esc keeps %1. "
                           "The lines typed stay.</span>")
                            .arg(m_chosenName.toHtmlEscaped()));
    }
    if (!m_field->hasFocus())
        m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void MemberPicker::cancelChange()
{
    if (!m_changing)
        return;
    m_changing = false;
    m_search->hide();
    showAsChosen();
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
    m_changing = false;
    m_newMember->hide();
    m_search->hide();
    m_chosenName = member.displayName();
    QStringList parts;
    if (!member.phone.isEmpty())
        parts.append(PhoneNumber::display(member.phone).toHtmlEscaped());
    if (!member.email.isEmpty())
        parts.append(member.email.toHtmlEscaped());
    parts.append(orderState);
    m_chosenCard = parts.join(u"  ·  "_s);
    showAsChosen();
}

void MemberPicker::showAsChosen()
{
    m_field->setText(m_chosenName);
    m_field->setReadOnly(true);
    m_field->setClearButtonEnabled(false);
    m_newButton->hide();
    m_changeButton->show();
    m_card->setText(m_chosenCard);
}

bool MemberPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return QWidget::eventFilter(watched, event);
    const bool searching = !m_chosen || m_changing;
    if (event->type() == QEvent::FocusIn) {
        // Back to the field of a chosen member, by a key or a click: another member is looked for.
        // Not when the window itself comes back, or a list or question closes.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (m_chosen && !m_changing && reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason
            && reason != Qt::OtherFocusReason)
            beginChange();
    } else if (event->type() == QEvent::KeyPress && m_changing
               && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelChange();
        emit changeCancelled();
        return true;
    } else if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason && searching && !m_field->text().trimmed().isEmpty()
            && !m_search->items().isEmpty()) {
            // Tab out of the search takes the highlighted choice, as Enter does.
            const QString id = m_search->bestId();
            QMetaObject::invokeMethod(this, [this, id] { pick(id); }, Qt::QueuedConnection);
        } else if (m_changing && reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            // Left without choosing: the member stays who they were.
            cancelChange();
        }
    }
    return QWidget::eventFilter(watched, event);
}
