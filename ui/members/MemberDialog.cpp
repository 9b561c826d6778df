#include "MemberDialog.h"

#include "common/PhoneNumber.h"
#include "services/MemberService.h"
#include "store/Store.h"
#include "widgets/DialogSeams.h"
#include "widgets/FormErrors.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Every value the form edits, to tell whether something was typed.
QStringList valuesOf(const Member &member)
{
    return {member.firstName, member.lastName, member.phone, member.email,
            member.partnerFirstName, member.partnerLastName, member.partnerPhone, member.partnerEmail,
            member.address1, member.address2, member.postcode, member.town, member.notes,
            member.notifications ? u"1"_s : u"0"_s, member.memberSince.toString(Qt::ISODate),
            member.archived ? u"1"_s : u"0"_s};
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"font-weight: 600; color: #3c5a2f; margin-top: 4px;"_s);
    return label;
}

}

MemberDialog::MemberDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    build();
    Member fresh;
    fresh.memberSince = store.today();
    load(fresh);
}

MemberDialog::MemberDialog(Store &store, const Member &member, QWidget *parent)
    : QDialog(parent), m_store(store), m_original(member)
{
    build();
    load(member);
}

QLineEdit *MemberDialog::lineEdit(const QString &objectName, int maximumLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maximumLength);
    return edit;
}

// The field with its red message underneath, hidden until a save is refused.
QWidget *MemberDialog::withError(QWidget *field, const QStringList &fieldKeys)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(m_errors->add(fieldKeys, field));
    return box;
}

void MemberDialog::build()
{
    setObjectName(u"memberDialog"_s);
    setModal(true);
    setMinimumWidth(820);
    m_errors = new FormErrors(this);

    m_title = new QLabel(this);
    m_title->setObjectName(u"memberDialogTitle"_s);
    m_title->setStyleSheet(u"font-size: 14pt; font-weight: 600;"_s);

    m_firstName = lineEdit(u"memberFirstName"_s, 100);
    m_lastName = lineEdit(u"memberLastName"_s, 100);
    m_phone = lineEdit(u"memberPhone"_s, 30);
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_email = lineEdit(u"memberEmail"_s, 200);
    m_email->setPlaceholderText(tr("optional"));
    m_notifications = new QCheckBox(tr("Send the group’s messages by e-mail"), this);
    m_notifications->setObjectName(u"memberNotifications"_s);
    m_address1 = lineEdit(u"memberAddress1"_s, 200);
    m_address2 = lineEdit(u"memberAddress2"_s, 200);
    m_address2->setPlaceholderText(tr("building, floor… (optional)"));
    m_postcode = lineEdit(u"memberPostcode"_s, 12);
    m_postcode->setMaximumWidth(90);
    m_town = lineEdit(u"memberTown"_s, 100);
    m_partnerFirstName = lineEdit(u"memberPartnerFirstName"_s, 100);
    m_partnerLastName = lineEdit(u"memberPartnerLastName"_s, 100);
    m_partnerPhone = lineEdit(u"memberPartnerPhone"_s, 30);
    m_partnerEmail = lineEdit(u"memberPartnerEmail"_s, 200);
    m_memberSince = new QDateEdit(this);
    m_memberSince->setObjectName(u"memberSince"_s);
    m_memberSince->setCalendarPopup(true);
    m_memberSince->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_archived = new QCheckBox(tr("Archived (no longer orders)"), this);
    m_archived->setToolTip(tr("Archived members are hidden from the list unless asked for; their orders stay."));
    m_archived->setObjectName(u"memberArchived"_s);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"memberNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Allergies, when to call, who collects…"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    // Left: the member and how to reach them; right: the second person, membership, notes.
    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(sectionTitle(tr("Member"), this));
    left->addRow(tr("&First name"), withError(m_firstName, {u"firstName"_s}));
    left->addRow(tr("&Last name"), withError(m_lastName, {u"lastName"_s}));
    left->addRow(tr("&Phone"), withError(m_phone, {u"phone"_s}));
    left->addRow(tr("&E-mail"), withError(m_email, {u"email"_s}));
    left->addRow(QString(), m_notifications);
    left->addRow(sectionTitle(tr("Address"), this));
    left->addRow(tr("&Address"), withError(m_address1, {u"address1"_s}));
    left->addRow(QString(), withError(m_address2, {u"address2"_s}));
    auto *town = new QHBoxLayout;
    town->addWidget(withError(m_postcode, {u"postcode"_s}));
    town->addWidget(withError(m_town, {u"town"_s}), 1);
    auto *townLabel = new QLabel(tr("Postcode, &town"), this);
    townLabel->setBuddy(m_postcode);
    left->addRow(townLabel, town);

    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(sectionTitle(tr("Second person on the account (optional)"), this));
    right->addRow(tr("First name"), withError(m_partnerFirstName, {u"partnerFirstName"_s}));
    right->addRow(tr("Last name"), withError(m_partnerLastName, {u"partnerLastName"_s}));
    right->addRow(tr("Phone"), withError(m_partnerPhone, {u"partnerPhone"_s}));
    right->addRow(tr("E-mail"), withError(m_partnerEmail, {u"partnerEmail"_s}));
    right->addRow(sectionTitle(tr("Membership"), this));
    right->addRow(tr("Member &since"), withError(m_memberSince, {u"memberSince"_s}));
    right->addRow(QString(), m_archived);
    right->addRow(tr("&Notes"), withError(m_notes, {u"notes"_s}));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(18);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save  (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"memberSave"_s);
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"memberCancel"_s);
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &MemberDialog::save);
    connect(cancel, &QPushButton::clicked, this, &MemberDialog::reject);

    auto *saveShortcut = new QAction(this);
    saveShortcut->setObjectName(u"actionSaveMember"_s);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WindowShortcut);
    connect(saveShortcut, &QAction::triggered, this, &MemberDialog::save);
    addAction(saveShortcut);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns);
    layout->addWidget(m_errors->general());
    layout->addWidget(buttons);

    const QList<QWidget *> order{m_firstName, m_lastName, m_phone, m_email, m_notifications, m_address1,
                                 m_address2, m_postcode, m_town, m_partnerFirstName, m_partnerLastName,
                                 m_partnerPhone, m_partnerEmail, m_memberSince, m_archived, m_notes, m_save, cancel};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_email, &QLineEdit::textChanged, this, &MemberDialog::updateNotifications);
    connect(m_phone, &QLineEdit::editingFinished, this, [this] { tidyPhone(m_phone); });
    connect(m_partnerPhone, &QLineEdit::editingFinished, this, [this] { tidyPhone(m_partnerPhone); });
}

void MemberDialog::load(const Member &member)
{
    setWindowTitle(isNew() ? tr("New member") : tr("Member: %1").arg(member.displayName()));
    m_title->setText(isNew() ? tr("New member") : member.displayName());
    m_firstName->setText(member.firstName);
    m_lastName->setText(member.lastName);
    m_phone->setText(PhoneNumber::display(member.phone));
    m_email->setText(member.email);
    m_notifications->setChecked(member.notifications);
    m_address1->setText(member.address1);
    m_address2->setText(member.address2);
    m_postcode->setText(member.postcode);
    m_town->setText(member.town);
    m_partnerFirstName->setText(member.partnerFirstName);
    m_partnerLastName->setText(member.partnerLastName);
    m_partnerPhone->setText(PhoneNumber::display(member.partnerPhone));
    m_partnerEmail->setText(member.partnerEmail);
    m_memberSince->setDate(member.memberSince.isValid()
                               ? member.memberSince
                               : m_store.today());
    m_archived->setChecked(member.archived);
    m_notes->setPlainText(member.notes);
    updateNotifications();
    m_loaded = this->member();
    m_firstName->setFocus();
}

Member MemberDialog::member() const
{
    Member member = m_original;
    member.firstName = m_firstName->text();
    member.lastName = m_lastName->text();
    member.phone = m_phone->text();
    member.email = m_email->text();
    member.notifications = m_notifications->isChecked();
    member.address1 = m_address1->text();
    member.address2 = m_address2->text();
    member.postcode = m_postcode->text();
    member.town = m_town->text();
    member.partnerFirstName = m_partnerFirstName->text();
    member.partnerLastName = m_partnerLastName->text();
    member.partnerPhone = m_partnerPhone->text();
    member.partnerEmail = m_partnerEmail->text();
    member.memberSince = m_memberSince->date();
    member.archived = m_archived->isChecked();
    member.notes = m_notes->toPlainText();
    return member;
}

void MemberDialog::prefill(const QString &searched)
{
    static const QRegularExpression phoneLike(u"^[0-9+][0-9 .+()-]*$"_s);
    const QString text = searched.simplified();
    if (phoneLike.match(text).hasMatch()) {
        // A whole number the French way; a fragment as typed, to be completed.
        const auto normalized = PhoneNumber::normalize(text);
        m_phone->setText(normalized ? PhoneNumber::display(*normalized) : text);
    } else if (text.contains(u'@')) {
        m_email->setText(text);
    } else {
        const qsizetype space = text.indexOf(u' ');
        if (space < 0) {
            m_lastName->setText(text);
        } else {
            m_firstName->setText(text.left(space));
            m_lastName->setText(text.mid(space + 1));
        }
    }
    // Only the search was copied: closing right away asks nothing.
    m_loaded = member();
}

bool MemberDialog::hasUnsavedChanges() const
{
    return valuesOf(member()) != valuesOf(m_loaded);
}

void MemberDialog::updateNotifications()
{
    // No message is ever sent to a member without an address: the box is off and locked.
    const bool hasEmail = !m_email->text().trimmed().isEmpty();
    if (!hasEmail)
        m_notifications->setChecked(false);
    m_notifications->setEnabled(hasEmail);
    m_notifications->setToolTip(hasEmail ? QString() : tr("Enter an e-mail address first."));
}

void MemberDialog::tidyPhone(QLineEdit *edit)
{
    // "0612345678" reads back as "06 12 34 56 78"; a number that does not read stays as typed.
    const auto normalized = PhoneNumber::normalize(edit->text());
    if (normalized && !normalized->isEmpty())
        edit->setText(PhoneNumber::display(*normalized));
}

void MemberDialog::showError(const Error &error)
{
    m_errors->show(error);
    // Room for the messages, which may take two lines each.
    layout()->activate();
    resize(width(), std::max(height(), heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height()));
}

bool MemberDialog::confirmDuplicate(const Error &error)
{
    auto matches = MemberService(m_store).duplicatesOf(member());
    const QString existingId = matches && !matches->isEmpty() ? matches->first().existing.id : QString();
    const QString existingName = matches && !matches->isEmpty() ? matches->first().existing.displayName() : QString();
    QList<std::pair<QMessageBox::StandardButton, QString>> buttons;
    if (!existingId.isEmpty())
        buttons.append({QMessageBox::Open, tr("Open %1").arg(existingName)});
    buttons.append({QMessageBox::Save, tr("Save anyway")});
    buttons.append({QMessageBox::Cancel, tr("Go back to the form")});
    const auto answer = DialogSeams::choose(this, tr("Already recorded?"), error.message(), buttons,
                                            existingId.isEmpty() ? QMessageBox::Cancel : QMessageBox::Open);
    if (answer == QMessageBox::Open && !existingId.isEmpty()) {
        // What was typed is dropped: the person is the member already recorded.
        m_loaded = member();
        emit openMemberRequested(existingId);
        QDialog::reject();
        return false;
    }
    return answer == QMessageBox::Save;
}

bool MemberDialog::save()
{
    MemberService members(m_store);
    const Member typed = member();
    DuplicatePolicy duplicates = DuplicatePolicy::Refuse;
    for (;;) {
        QString id = typed.id;
        Status outcome;
        if (isNew()) {
            auto added = members.add(typed, duplicates);
            if (added)
                id = *added;
            else
                outcome = added.error();
        } else {
            outcome = members.update(typed, duplicates);
        }
        if (outcome) {
            m_errors->clear();
            m_loaded = typed;
            emit saved(id);
            accept();
            return true;
        }
        if (outcome.error().kind() == ErrorKind::NeedsConfirmation && duplicates == DuplicatePolicy::Refuse) {
            if (!confirmDuplicate(outcome.error()))
                return false;
            duplicates = DuplicatePolicy::Allow;
            continue;
        }
        showError(outcome.error());
        return false;
    }
}

void MemberDialog::reject()
{
    if (hasUnsavedChanges()) {
        const auto answer = DialogSeams::choose(
            this, tr("Unsaved changes"), tr("Save the changes made to this member?"),
            {{QMessageBox::Save, tr("Save")}, {QMessageBox::Discard, tr("Discard")}, {QMessageBox::Cancel, tr("Keep editing")}},
            QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            return;
        }
    }
    QDialog::reject();
}
