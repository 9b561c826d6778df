#include "MemberService.h"

#include "RecordWrites.h"
#include "rules/MemberRules.h"

Result<QString> MemberService::add(Member member)
{
    if (Status valid = MemberRules::prepare(member); !valid)
        return valid.error();
    if (!member.memberSince.isValid())
        member.memberSince = m_store.clock().now().toTimeZone(m_store.timeZone()).date();
    return RecordWrites::insertNew<MemberRepository>(m_store, member);
}

Status MemberService::update(Member member)
{
    if (Status valid = MemberRules::prepare(member); !valid)
        return valid;
    return RecordWrites::updateExisting<MemberRepository>(m_store, member);
}

Result<Member> MemberService::find(const QString &id) const
{
    return MemberRepository(m_store).find(id);
}

Result<QList<Member>> MemberService::list(const MemberFilter &filter) const
{
    return MemberRepository(m_store).list(filter);
}

Status MemberService::setArchived(const QString &id, bool archived)
{
    auto member = find(id);
    if (!member)
        return member.error();
    Member changed = *member;
    changed.archived = archived;
    return update(changed);
}
