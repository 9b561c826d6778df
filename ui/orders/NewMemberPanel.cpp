#include "NewMemberPanel.h"

#include "services/MemberService.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

NewMemberPanel::NewMemberPanel(Store &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_firstName(new QLineEdit(this)),
      m_lastName(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_create(new QPushButton(tr("Create the member"), this)),
      m_message(new QLabel(this))
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
    setAutoFillBackground(true);
    setStyleSheet(u"QWidget#newMemberPanel { background: #f4f7f1; border: 1px solid #c9d8bf; border-radius: 6px; }"_s);

    connect(m_create, &QPushButton::clicked, this, &NewMemberPanel::create);
}

void NewMemberPanel::start(const QString &typed)
{
    for (QLineEdit *field : {m_firstName, m_lastName, m_phone, m_email})
        field->clear();
    m_message->hide();
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

void NewMemberPanel::create()
{
    Member member;
    member.firstName = m_firstName->text();
    member.lastName = m_lastName->text();
    member.phone = m_phone->text();
    member.email = m_email->text();
    auto id = MemberService(m_store).add(member);
    if (!id) {
        m_message->setText(id.error().message());
        m_message->show();
        const QString field = id.error().field();
        QLineEdit *focus = field == "firstName"_L1 ? m_firstName
                         : field == "lastName"_L1  ? m_lastName
                         : field == "email"_L1     ? m_email
                         : field == "phone"_L1     ? m_phone
                                                   : m_lastName;
        focus->setFocus();
        focus->selectAll();
        return;
    }
    hide();
    emit created(*id);
}

bool NewMemberPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
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
