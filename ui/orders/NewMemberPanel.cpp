#include "NewMemberPanel.h"

#include "services/MemberService.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewMemberPanel::NewMemberPanel(Store &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_firstName(new QLineEdit(this)),
      m_lastName(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_create(new QPushButton(tr("Create the member"), this)),
      m_message(new QLabel(this)),
      m_duplicates(new QWidget(this)),
      m_matches(new QListWidget(m_duplicates)),
      m_useExisting(new QPushButton(tr("&Use this member"), m_duplicates)),
      m_createAnyway(new QPushButton(tr("Create &anyway"), m_duplicates))
{
    setObjectName(u"newMemberPanel"_s);
    m_firstName->setObjectName(u"newMemberFirstName"_s);
    m_lastName->setObjectName(u"newMemberLastName"_s);
    m_phone->setObjectName(u"newMemberPhone"_s);
    m_email->setObjectName(u"newMemberEmail"_s);
    m_create->setObjectName(u"newMemberCreate"_s);
    m_message->setObjectName(u"newMemberMessage"_s);
    m_create->setAutoDefault(false);
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_email->setPlaceholderText(tr("optional"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #9a1b1b;"_s);
    m_message->hide();

    // Who the member typed resembles: the list and the two ways on.
    m_duplicates->setObjectName(u"newMemberDuplicates"_s);
    m_matches->setObjectName(u"newMemberMatches"_s);
    m_useExisting->setObjectName(u"newMemberUseExisting"_s);
    m_createAnyway->setObjectName(u"newMemberCreateAnyway"_s);
    m_useExisting->setAutoDefault(false);
    m_createAnyway->setAutoDefault(false);
    m_useExisting->setToolTip(tr("Take the order for the member highlighted (Enter on the list, Alt+U)"));
    m_createAnyway->setToolTip(tr("A different person (a household sharing a phone…): create the member (Alt+A)"));
    auto *resemblance = new QLabel(tr("<b>This member may already exist.</b> Use the one recorded, or create "
                                      "the new member anyway:"),
                                   m_duplicates);
    resemblance->setObjectName(u"newMemberResemblance"_s);
    resemblance->setWordWrap(true);
    m_matches->setFixedHeight(3 * m_matches->fontMetrics().height() + 16);
    m_matches->installEventFilter(this);
    m_useExisting->installEventFilter(this);
    m_createAnyway->installEventFilter(this);
    auto *choices = new QVBoxLayout;
    choices->addWidget(m_useExisting);
    choices->addWidget(m_createAnyway);
    choices->addStretch();
    auto *duplicatesLayout = new QGridLayout(m_duplicates);
    duplicatesLayout->setContentsMargins(0, 4, 0, 0);
    duplicatesLayout->addWidget(resemblance, 0, 0, 1, 2);
    duplicatesLayout->addWidget(m_matches, 1, 0);
    duplicatesLayout->addLayout(choices, 1, 1);
    duplicatesLayout->setColumnStretch(0, 1);
    m_duplicates->hide();

    auto *title = new QLabel(tr("<b>New member</b> — a name and a phone or an e-mail; Enter creates, Esc goes back"),
                             this);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->addWidget(title, 0, 0, 1, 5);
    const struct {
        QString label;
        QLineEdit *field;
    } fields[] = {{tr("First name"), m_firstName}, {tr("Last name"), m_lastName}, {tr("Phone"), m_phone},
                  {tr("E-mail"), m_email}};
    int column = 0;
    for (const auto &field : fields) {
        auto *label = new QLabel(field.label, this);
        label->setBuddy(field.field);
        grid->addWidget(label, 1, column);
        grid->addWidget(field.field, 2, column);
        field.field->installEventFilter(this);
        ++column;
    }
    grid->addWidget(m_create, 2, column);
    grid->addWidget(m_message, 3, 0, 1, 5);
    grid->addWidget(m_duplicates, 4, 0, 1, 5);
    setAutoFillBackground(true);
    setStyleSheet(u"QWidget#newMemberPanel { background: #f4f7f1; border: 1px solid #c9d8bf; border-radius: 6px; }"_s);

    connect(m_create, &QPushButton::clicked, this, &NewMemberPanel::create);
    connect(m_useExisting, &QPushButton::clicked, this, &NewMemberPanel::useSelected);
    connect(m_createAnyway, &QPushButton::clicked, this, &NewMemberPanel::createAnyway);
    connect(m_matches, &QListWidget::itemActivated, this, &NewMemberPanel::useSelected);
    // What is typed next may resemble no one: the resemblances go until the next Enter.
    for (QLineEdit *field : {m_firstName, m_lastName, m_phone, m_email})
        connect(field, &QLineEdit::textEdited, m_duplicates, &QWidget::hide);
}

void NewMemberPanel::start(const QString &typed)
{
    for (QLineEdit *field : {m_firstName, m_lastName, m_phone, m_email})
        field->clear();
    m_message->hide();
    m_duplicates->hide();
    // What was typed goes where it belongs: digits to the phone, an address to the e-mail, words
    // to the names (the last word taken as the last name, as people say "Hélène Dupré").
    QStringList words;
    for (const QString &word : typed.simplified().split(u' ', Qt::SkipEmptyParts)) {
        static const QRegularExpression phoneLike(u"^[+0-9().-]{2,}$"_s);
        if (word.contains(u'@'))
            m_email->setText(word);
        else if (phoneLike.match(word).hasMatch())
            m_phone->setText(m_phone->text() + word);
        else
            words.append(word);
    }
    if (words.size() == 1) {
        m_lastName->setText(words.first());
    } else if (words.size() > 1) {
        m_lastName->setText(words.takeLast());
        m_firstName->setText(words.join(u' '));
    }
    show();
    for (QLineEdit *field : {m_firstName, m_lastName, m_phone}) {
        if (field->text().isEmpty()) {
            field->setFocus();
            return;
        }
    }
    m_email->setFocus();
}

Member NewMemberPanel::typed() const
{
    Member member;
    member.firstName = m_firstName->text();
    member.lastName = m_lastName->text();
    member.phone = m_phone->text();
    member.email = m_email->text();
    return member;
}

void NewMemberPanel::create()
{
    const Member member = typed();
    MemberService members(m_store);
    auto id = members.add(member);
    if (!id && id.error().kind() == ErrorKind::NeedsConfirmation) {
        auto matches = members.duplicatesOf(member);
        if (matches && !matches->isEmpty()) {
            showResemblances(*matches);
            return;
        }
    }
    if (!id) {
        refused(id.error());
        return;
    }
    hide();
    emit created(*id);
}

void NewMemberPanel::createAnyway()
{
    auto id = MemberService(m_store).add(typed(), DuplicatePolicy::Allow);
    if (!id) {
        m_duplicates->hide();
        refused(id.error());
        return;
    }
    hide();
    emit created(*id);
}

void NewMemberPanel::useSelected()
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!m_duplicates->isVisible() || !item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    hide();
    emit useExisting(id);
}

void NewMemberPanel::showResemblances(const QList<DuplicateMatch> &matches)
{
    m_message->hide();
    m_matches->clear();
    for (const DuplicateMatch &match : matches) {
        auto *item = new QListWidgetItem(DuplicateMemberFinder::describe(match), m_matches);
        item->setData(Qt::UserRole, match.existing.id);
    }
    m_matches->setCurrentRow(0);
    m_duplicates->show();
    m_matches->setFocus();
}

void NewMemberPanel::refused(const Error &error)
{
    m_message->setText(error.message());
    m_message->show();
    const QString field = error.field();
    QLineEdit *focus = field == "firstName"_L1 ? m_firstName
                     : field == "lastName"_L1  ? m_lastName
                     : field == "email"_L1     ? m_email
                     : field == "phone"_L1     ? m_phone
                                               : m_lastName;
    focus->setFocus();
    focus->selectAll();
}

bool NewMemberPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Enter does what the focused thing offers: the list and "use" take the member
            // highlighted, "create anyway" creates, a field creates (asking again if need be).
            if (watched == m_matches || watched == m_useExisting)
                useSelected();
            else if (watched == m_createAnyway)
                createAnyway();
            else
                create();
            return true;
        }
        if (key == Qt::Key_Escape) {
            hide();
            emit cancelled();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
