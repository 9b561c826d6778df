#include "MemberService.h"

#include "RecordWrites.h"
#include "rules/MemberRules.h"

namespace {

bool contains(const QList<DuplicateMatch> &matches, const DuplicateMatch &wanted)
{
    for (const DuplicateMatch &match : matches) {
        if (match.existing.id == wanted.existing.id && match.samePhone == wanted.samePhone
            && match.sameEmail == wanted.sameEmail && match.sameName == wanted.sameName)
            return true;
    }
    return false;
}

}

Result<QString> MemberService::add(Member member, DuplicatePolicy duplicates)
{
    if (Status valid = MemberRules::prepare(member); !valid)
        return valid.error();
    if (duplicates == DuplicatePolicy::Refuse) {
        auto matches = DuplicateMemberFinder(m_store).find(member);
        if (!matches)
            return matches.error();
        if (!matches->isEmpty())
            return DuplicateMemberFinder::confirmationNeeded(*matches);
    }
    if (!member.memberSince.isValid())
        member.memberSince = m_store.today();
    return RecordWrites::insertNew<MemberRepository>(m_store, member);
}

Status MemberService::update(Member member, DuplicatePolicy duplicates)
{
    if (Status valid = MemberRules::prepare(member); !valid)
        return valid;
    auto stored = find(member.id);
    if (!stored)
        return stored.error();
    if (stored->anonymised)
        return Error(ErrorKind::Conflict, tr("This member was anonymised at their request; their record cannot "
                                             "be filled in again."));
    if (duplicates == DuplicatePolicy::Refuse) {
        const DuplicateMemberFinder finder(m_store);
        auto matches = finder.find(member);
        if (!matches)
            return matches.error();
        auto before = finder.find(*stored);
        if (!before)
            return before.error();
        QList<DuplicateMatch> added;
        for (const DuplicateMatch &match : *matches) {
            if (!contains(*before, match))
                added.append(match);
        }
        if (!added.isEmpty())
            return DuplicateMemberFinder::confirmationNeeded(added);
    }
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

Result<QList<DuplicateMatch>> MemberService::duplicatesOf(Member member) const
{
    if (Status valid = MemberRules::prepare(member); !valid)
        return valid.error();
    return DuplicateMemberFinder(m_store).find(member);
}

Status MemberService::setArchived(const QString &id, bool archived)
{
    auto member = find(id);
    if (!member)
        return member.error();
    if (member->anonymised && !archived)
        return Error(ErrorKind::Conflict, tr("An anonymised member stays archived."));
    Member changed = *member;
    changed.archived = archived;
    if (Status valid = MemberRules::prepare(changed); !valid)
        return valid;
    return RecordWrites::updateExisting<MemberRepository>(m_store, changed);
}

Result<int> MemberService::orderCount(const QString &id) const
{
    return MemberRepository(m_store).basketCount(id);
}

Status MemberService::erase(const QString &id)
{
    MemberRepository members(m_store);
    auto member = members.find(id);
    if (!member)
        return member.error();
    auto orders = members.basketCount(id);
    if (!orders)
        return orders.error();
    if (*orders > 0) {
        return Error(ErrorKind::Conflict,
                     tr("%1 has %n order(s) and cannot be erased; archive the member instead.", nullptr, *orders)
                         .arg(member->displayName()));
    }
    return inTransaction(m_store.database(), [&]() -> Status { return members.remove(id); });
}
