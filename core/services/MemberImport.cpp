#include "MemberImport.h"

#include "common/Ids.h"
#include "common/PhoneNumber.h"
#include "repositories/MemberRepository.h"
#include "rules/MemberIdentity.h"
#include "rules/MemberRules.h"
#include "services/MemberExport.h"
#include "store/Store.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// Field keys: Cagette's names, and a few more for the header variant.
const QString idKey = u"id"_s;
const QString firstNameKey = u"firstName"_s;
const QString lastNameKey = u"lastName"_s;
const QString emailKey = u"email"_s;
const QString phoneKey = u"phone"_s;
const QString firstName2Key = u"firstName2"_s;
const QString lastName2Key = u"lastName2"_s;
const QString email2Key = u"email2"_s;
const QString phone2Key = u"phone2"_s;
const QString address1Key = u"address1"_s;
const QString address2Key = u"address2"_s;
const QString zipCodeKey = u"zipCode"_s;
const QString cityKey = u"city"_s;
const QString notesKey = u"notes"_s;
const QString memberSinceKey = u"memberSince"_s;

struct TextField {
    const QString *key;
    QString Member::*field;
    const char *column;
};

const TextField textFields[] = {
    {&firstNameKey, &Member::firstName, "first_name"},
    {&lastNameKey, &Member::lastName, "last_name"},
    {&emailKey, &Member::email, "email"},
    {&phoneKey, &Member::phone, "phone"},
    {&firstName2Key, &Member::partnerFirstName, "partner_first_name"},
    {&lastName2Key, &Member::partnerLastName, "partner_last_name"},
    {&email2Key, &Member::partnerEmail, "partner_email"},
    {&phone2Key, &Member::partnerPhone, "partner_phone"},
    {&address1Key, &Member::address1, "address1"},
    {&address2Key, &Member::address2, "address2"},
    {&zipCodeKey, &Member::postcode, "postcode"},
    {&cityKey, &Member::town, "town"},
    {&notesKey, &Member::notes, "notes"},
};

// The members already recorded, and the rows planned so far, by the keys that identify them.
class MemberIndex {
public:
    void addExisting(const Member &member)
    {
        m_byId.insert(member.id, member);
        for (const QString &key : MemberIdentity::nameKeys(member))
            m_idByName.insert(key, member.id);
        addContacts(member, member.displayName());
    }

    void addContacts(const Member &member, const QString &who)
    {
        for (const QString &phone : MemberIdentity::phones(member))
            m_whoByContact.insert(phone, who);
        for (const QString &email : MemberIdentity::emails(member))
            m_whoByContact.insert(email, who);
    }

    const Member *byId(const QString &id) const
    {
        const auto found = m_byId.constFind(id);
        return found == m_byId.cend() ? nullptr : &*found;
    }

    const Member *byName(const Member &member) const
    {
        for (const QString &key : MemberIdentity::nameKeys(member)) {
            if (const Member *found = byId(m_idByName.value(key)))
                return found;
        }
        return nullptr;
    }

    // Someone of another name sharing a phone or an e-mail with `member`.
    QString sharingContact(const Member &member) const
    {
        for (const QString &contact : MemberIdentity::phones(member) + MemberIdentity::emails(member)) {
            const QString who = m_whoByContact.value(contact);
            if (!who.isEmpty())
                return who;
        }
        return {};
    }

    // The first row of the file naming the same person (by name or id), 0 when none.
    int earlierLine(const Member &member, const QString &matchedId) const
    {
        if (!matchedId.isEmpty() && m_lineById.contains(matchedId))
            return m_lineById.value(matchedId);
        for (const QString &key : MemberIdentity::nameKeys(member)) {
            if (m_lineByName.contains(key))
                return m_lineByName.value(key);
        }
        return 0;
    }

    void addRow(int line, const Member &member, const QString &matchedId)
    {
        if (!matchedId.isEmpty())
            m_lineById.insert(matchedId, line);
        m_lineByName.insert(MemberIdentity::nameKey(member.firstName, member.lastName), line);
    }

private:
    QHash<QString, Member> m_byId;
    QHash<QString, QString> m_idByName;
    QHash<QString, QString> m_whoByContact;
    QHash<QString, int> m_lineById;
    QHash<QString, int> m_lineByName;
};

QDate parseDate(const QString &text)
{
    for (const QString &format : {u"yyyy-MM-dd"_s, u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"dd.MM.yyyy"_s}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

}

const QList<CsvField> &MemberImport::cagetteLayout()
{
    static const QList<CsvField> layout{
        {firstNameKey, {}}, {lastNameKey, {}}, {emailKey, {}},    {phoneKey, {}},
        {firstName2Key, {}}, {lastName2Key, {}}, {email2Key, {}}, {phone2Key, {}},
        {address1Key, {}}, {address2Key, {}}, {zipCodeKey, {}},  {cityKey, {}},
    };
    return layout;
}

QList<CsvField> MemberImport::namedFields()
{
    QList<CsvField> fields{
        {idKey, {u"identifiant"_s, u"uuid"_s}},
        {firstNameKey, {u"first name"_s, u"first_name"_s, u"given name"_s, u"prénom"_s}},
        {lastNameKey, {u"last name"_s, u"last_name"_s, u"surname"_s, u"family name"_s, u"name"_s, u"nom"_s,
                       u"nom de famille"_s}},
        {emailKey, {u"e-mail"_s, u"mail"_s, u"email address"_s, u"courriel"_s, u"adresse e-mail"_s,
                    u"adresse mail"_s}},
        {phoneKey, {u"telephone"_s, u"phone number"_s, u"mobile"_s, u"téléphone"_s, u"tél"_s, u"portable"_s,
                    u"numéro de téléphone"_s}},
        {firstName2Key, {u"first name 2"_s, u"partner first name"_s, u"partner_first_name"_s, u"prénom 2"_s,
                         u"prénom conjoint"_s}},
        {lastName2Key, {u"last name 2"_s, u"partner last name"_s, u"partner_last_name"_s, u"nom 2"_s,
                        u"nom conjoint"_s}},
        {email2Key, {u"e-mail 2"_s, u"mail 2"_s, u"partner email"_s, u"partner_email"_s, u"courriel 2"_s}},
        {phone2Key, {u"telephone 2"_s, u"partner phone"_s, u"partner_phone"_s, u"téléphone 2"_s, u"tél 2"_s}},
        {address1Key, {u"address"_s, u"address line 1"_s, u"adresse"_s, u"adresse 1"_s}},
        {address2Key, {u"address line 2"_s, u"adresse 2"_s, u"complément d’adresse"_s, u"complément d'adresse"_s}},
        {zipCodeKey, {u"zip"_s, u"postcode"_s, u"postal code"_s, u"code postal"_s, u"cp"_s}},
        {cityKey, {u"town"_s, u"ville"_s, u"commune"_s}},
        {notesKey, {u"note"_s, u"comments"_s, u"remarques"_s, u"commentaire"_s}},
        {memberSinceKey, {u"member since"_s, u"member_since"_s, u"membre depuis"_s, u"date d’adhésion"_s,
                          u"date d'adhésion"_s, u"adhésion"_s}},
    };
    // Comptoir's own spreadsheet export, whatever language wrote its header.
    const QStringList exported = MemberExport::header(CsvWriter::Dialect::FrenchSpreadsheet);
    const QStringList exportedKeys{idKey, lastNameKey, firstNameKey, phoneKey, emailKey, firstName2Key,
                                   lastName2Key, phone2Key, email2Key, address1Key, address2Key, zipCodeKey,
                                   cityKey, notesKey, QString(), memberSinceKey, QString()};
    for (CsvField &field : fields) {
        const qsizetype column = exportedKeys.indexOf(field.key);
        if (column >= 0)
            field.headerNames.append(exported.at(column));
    }
    return fields;
}

Result<ImportPlan<Member>> MemberImport::planFile(const QString &path, const ImportProgress &progress)
{
    auto document = CsvReader::readFile(path);
    if (!document)
        return document.error();
    return plan(*document, progress);
}

Result<ImportPlan<Member>> MemberImport::plan(const CsvDocument &document, const ImportProgress &progress)
{
    MemberFilter everyone;
    everyone.includeArchived = true;
    auto existing = MemberRepository(m_store).list(everyone);
    if (!existing)
        return existing.error();
    MemberIndex index;
    for (const Member &member : *existing) {
        if (!member.anonymised)
            index.addExisting(member);
    }

    const CsvRecord first = document.records.isEmpty() ? CsvRecord() : document.records.first();
    const ColumnMapping mapping = ColumnMapping::detect(namedFields(), cagetteLayout(), first);

    const auto planRow = [&](const CsvRecord &record, const ColumnMapping &columns) {
        ImportRow<Member> row;
        row.kind = ImportRowKind::Error;
        Member member;
        for (const TextField &text : textFields)
            member.*text.field = columns.value(record, *text.key);
        // Kept on error rows too, so that the preview shows whose row it is.
        row.record = member;
        const QString since = columns.value(record, memberSinceKey);
        if (!since.isEmpty()) {
            member.memberSince = parseDate(since);
            if (!member.memberSince.isValid()) {
                row.reason = tr("“%1” is not a date (write it 31/12/2025).").arg(since);
                return row;
            }
        }
        if (member.firstName.isEmpty() && member.lastName.isEmpty()) {
            row.reason = tr("No name.");
            return row;
        }
        // Every value well formed; a way to reach the member is asked below, of new members only
        // (a row completing a member already recorded may bring no phone).
        member.archived = true;
        if (Status valid = MemberRules::prepare(member); !valid) {
            row.reason = QString(valid.error().message()).replace(u'\n', u' ');
            return row;
        }
        member.archived = false;

        const QString id = columns.value(record, idKey);
        const Member *matched = index.byId(id);
        if (!matched)
            matched = index.byName(member);
        const QString matchedId = matched ? matched->id : QString();
        if (!matched && member.phone.isEmpty() && member.email.isEmpty()) {
            row.reason = tr("No phone number or e-mail address to reach the member.");
            return row;
        }
        if (const int earlier = index.earlierLine(member, matchedId)) {
            row.reason = tr("The same member as line %1.").arg(earlier);
            return row;
        }
        index.addRow(record.line, member, matchedId);

        if (!matched) {
            const QString sharing = index.sharingContact(member);
            if (!sharing.isEmpty())
                row.reason = tr("Shares a phone number or an e-mail address with %1.").arg(sharing);
            index.addContacts(member, member.displayName());
            row.kind = ImportRowKind::Create;
            row.record = member;
            return row;
        }

        row.kind = ImportRowKind::Match;
        row.existingId = matched->id;
        row.existingName = matched->displayName();
        row.record = *matched;
        for (const TextField &text : textFields) {
            QString &kept = row.record.*text.field;
            const QString &offered = member.*text.field;
            if (kept.isEmpty() && !offered.isEmpty()) {
                kept = offered;
                row.filledFields.append(QString::fromLatin1(text.column));
            }
        }
        if (!row.record.memberSince.isValid() && member.memberSince.isValid()) {
            row.record.memberSince = member.memberSince;
            row.filledFields.append(u"member_since"_s);
        }
        if (matched->archived)
            row.reason = tr("Archived member.");
        return row;
    };
    return CsvImport<Member>::plan(document, mapping, planRow, progress);
}

Result<ImportSummary> MemberImport::commit(const ImportPlan<Member> &plan, MatchAction matches,
                                           const ImportProgress &progress)
{
    MemberRepository members(m_store);
    const QDate today = m_store.today();
    const auto create = [&](const ImportRow<Member> &row) -> Status {
        Member member = row.record;
        member.id = Ids::create();
        if (!member.memberSince.isValid())
            member.memberSince = today;
        return members.insert(member);
    };
    const auto fill = [&](const ImportRow<Member> &row) -> Status {
        // Filled against the member as stored now, not as read for the plan: only fields
        // still empty take the file's value.
        auto current = members.find(row.existingId);
        if (!current)
            return current.error();
        Member filled = *current;
        for (const TextField &text : textFields) {
            if (row.filledFields.contains(QString::fromLatin1(text.column)) && (filled.*text.field).isEmpty())
                filled.*text.field = row.record.*text.field;
        }
        if (row.filledFields.contains(u"member_since"_s) && !filled.memberSince.isValid())
            filled.memberSince = row.record.memberSince;
        if (auto updated = members.update(filled); !updated)
            return updated.error();
        return {};
    };
    return CsvImport<Member>::commit(m_store, plan, matches, create, fill, progress);
}
