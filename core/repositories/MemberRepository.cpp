#include "MemberRepository.h"

#include "MemberSearch.h"
#include "store/Query.h"
#include "store/SqlValue.h"
#include "store/Store.h"

using namespace Qt::StringLiterals;

MemberRepository::MemberRepository(Store &store)
    : Repository(store, u"member"_s), m_store(store)
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
    const MemberSearch search = MemberSearch::of(filter.text, filter.includeArchived);
    QString order = u"name_key, id"_s;
    if (filter.limit >= 0)
        order += u" LIMIT %1"_s.arg(filter.limit);
    return selectAll(search.where, search.values, order);
}

Result<QList<Member>> MemberRepository::findMatching(const QStringList &phones, const QStringList &emails,
                                                      const QStringList &nameKeys, const QString &excludedId) const
{
    // One "column IN (?, ?…)" per kind of key given; the placeholders are constant text.
    QStringList alternatives;
    QVariantList values;
    const auto addIn = [&](const QString &condition, const QStringList &keys) {
        if (keys.isEmpty())
            return;
        QStringList marks;
        marks.fill(u"?"_s, keys.size());
        alternatives.append(condition.arg(marks.join(u", "_s)));
        for (const QString &key : keys)
            values.append(key);
    };
    addIn(u"phone IN (%1)"_s, phones);
    addIn(u"partner_phone IN (%1)"_s, phones);
    addIn(u"email COLLATE NOCASE IN (%1)"_s, emails);
    addIn(u"partner_email COLLATE NOCASE IN (%1)"_s, emails);
    addIn(u"name_key IN (%1)"_s, nameKeys);
    if (alternatives.isEmpty())
        return QList<Member>();
    // A null QString would bind as NULL, and "id <> NULL" matches nothing.
    values.prepend(excludedId.isNull() ? u""_s : excludedId);
    return selectAll(u"anonymised = 0 AND id <> ? AND ("_s + alternatives.join(u" OR "_s) + u')', values,
                     u"name_key, id"_s);
}

Result<int> MemberRepository::basketCount(const QString &memberId) const
{
    Query query(m_store.database(), u"SELECT COUNT(*) FROM basket WHERE member_id = ? AND deleted = 0"_s);
    query.bind(memberId);
    if (Status done = query.exec(); !done)
        return done.error();
    return query.next() ? int(query.integer(0)) : 0;
}

QString MemberRepository::notFoundMessage(const QString &id)
{
    return tr("No member has the id “%1”.").arg(id);
}
