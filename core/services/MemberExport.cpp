#include "MemberExport.h"

#include "common/PhoneNumber.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

QStringList MemberExport::header(CsvWriter::Dialect dialect)
{
    if (dialect == CsvWriter::Dialect::FrenchSpreadsheet) {
        return {tr("Id"), tr("Last name"), tr("First name"), tr("Phone"), tr("E-mail"),
                tr("Second person’s first name"), tr("Second person’s last name"), tr("Second person’s phone"),
                tr("Second person’s e-mail"), tr("Address"), tr("Address (continued)"), tr("Postcode"), tr("Town"),
                tr("Notes"), tr("Notifications"), tr("Member since"), tr("Archived")};
    }
    return {u"id"_s, u"last_name"_s, u"first_name"_s, u"phone"_s, u"email"_s, u"partner_first_name"_s,
            u"partner_last_name"_s, u"partner_phone"_s, u"partner_email"_s, u"address1"_s, u"address2"_s,
            u"postcode"_s, u"town"_s, u"notes"_s, u"notifications"_s, u"member_since"_s, u"archived"_s,
            u"updated_at"_s};
}

Result<int> MemberExport::write(const QString &path, const MemberListRequest &request, CsvWriter::Dialect dialect)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Storage, tr("The file “%1” cannot be written: %2").arg(path, file.errorString()));
    CsvWriter csv(file, dialect);
    const bool forPeople = dialect == CsvWriter::Dialect::FrenchSpreadsheet;
    csv.writeRecord(header(dialect));
    const auto phone = [&](const QString &e164) { return forPeople ? PhoneNumber::display(e164) : e164; };

    MemberListQuery query(m_store);
    constexpr int page = 500;
    int written = 0;
    for (int offset = 0;; offset += page) {
        auto members = query.page(request, offset, page);
        if (!members)
            return members.error();
        for (const Member &member : *members) {
            if (member.anonymised)
                continue;
            QStringList fields{member.id, member.lastName, member.firstName, phone(member.phone), member.email,
                               member.partnerFirstName, member.partnerLastName, phone(member.partnerPhone),
                               member.partnerEmail, member.address1, member.address2, member.postcode,
                               member.town, member.notes, CsvWriter::flag(member.notifications),
                               CsvWriter::date(member.memberSince), CsvWriter::flag(member.archived)};
            if (!forPeople)
                fields.append(CsvWriter::instant(member.stamp.updatedAt));
            csv.writeRecord(fields);
            ++written;
        }
        if (members->size() < page)
            break;
    }
    if (!csv.ok() || !file.commit())
        return Error(ErrorKind::Storage, tr("The file “%1” cannot be written: %2").arg(path, file.errorString()));
    return written;
}
