#include "MemberRepository.h"

#include "common/SearchText.h"
#include "store/SqlValue.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The words a member must all contain. Digits typed with spaces, dots or a + ("06 12 34")
// are one phone fragment, matched against the numbers kept without spaces.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression phoneFragment(u"^[0-9+][0-9 .+-]*$"_s);
    const QString folded = SearchText::fold(text);
    if (phoneFragment.match(folded).hasMatch()) {
        QString digits = folded;
        digits.remove(u' ').remove(u'.').remove(u'-');
        return {digits};
    }
    return folded.split(u' ', Qt::SkipEmptyParts);
}

}

MemberRepository::MemberRepository(Store &store)
    : Repository(store, u"member"_s)
{
}

QVariantMap MemberRepository::toRow(const Member &member)
{
    return {
        {u"first_name"_s, member.firstName},
        {u"last_name"_s, member.lastName},
        {u"partner_first_name"_s, member.partnerFirstName},
        {u"partner_last_name"_s, member.partnerLastName},
        {u"partner_phone"_s, member.partnerPhone},
        {u"partner_email"_s, member.partnerEmail},
        {u"phone"_s, member.phone},
        {u"email"_s, member.email},
        {u"address1"_s, member.address1},
        {u"address2"_s, member.address2},
        {u"postcode"_s, member.postcode},
        {u"town"_s, member.town},
        {u"notes"_s, member.notes},
        {u"notifications"_s, SqlValue::flag(member.notifications)},
        {u"member_since"_s, SqlValue::date(member.memberSince)},
        {u"archived"_s, SqlValue::flag(member.archived)},
        {u"anonymised"_s, SqlValue::flag(member.anonymised)},
    };
}

Member MemberRepository::fromRow(const QVariantMap &row)
{
    Member member;
    member.id = row.value(u"id"_s).toString();
    member.firstName = row.value(u"first_name"_s).toString();
    member.lastName = row.value(u"last_name"_s).toString();
    member.partnerFirstName = row.value(u"partner_first_name"_s).toString();
    member.partnerLastName = row.value(u"partner_last_name"_s).toString();
    member.partnerPhone = row.value(u"partner_phone"_s).toString();
    member.partnerEmail = row.value(u"partner_email"_s).toString();
    member.phone = row.value(u"phone"_s).toString();
    member.email = row.value(u"email"_s).toString();
    member.address1 = row.value(u"address1"_s).toString();
    member.address2 = row.value(u"address2"_s).toString();
    member.postcode = row.value(u"postcode"_s).toString();
    member.town = row.value(u"town"_s).toString();
    member.notes = row.value(u"notes"_s).toString();
    member.notifications = row.value(u"notifications"_s).toInt() != 0;
    member.memberSince = SqlValue::toDate(row.value(u"member_since"_s));
    member.archived = row.value(u"archived"_s).toInt() != 0;
    member.anonymised = row.value(u"anonymised"_s).toInt() != 0;
    member.stamp = TableAccess::stampOf(row);
    return member;
}

Result<QList<Member>> MemberRepository::list(const MemberFilter &filter) const
{
    QString where = filter.includeArchived ? u"1"_s : u"archived = 0"_s;
    QVariantList values;
    for (const QString &word : searchWords(filter.text)) {
        where += u" AND search_text LIKE ? ESCAPE '\\'"_s;
        QString pattern = word;
        pattern.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
        values.append(QString(u'%' + pattern + u'%'));
    }
    QString order = u"last_name COLLATE NOCASE, first_name COLLATE NOCASE"_s;
    if (filter.limit >= 0)
        order += u" LIMIT %1"_s.arg(filter.limit);
    return selectAll(where, values, order);
}

QString MemberRepository::notFoundMessage(const QString &id)
{
    return tr("No member has the id “%1”.").arg(id);
}
