#pragma once

#include "DuplicateMemberFinder.h"
#include "common/Result.h"
#include "domain/Member.h"
#include "repositories/MemberRepository.h"

#include <QCoreApplication>

class Store;

// Whether a save goes ahead when the member looks like someone already recorded.
enum class DuplicatePolicy {
    Refuse, // NeedsConfirmation, naming the existing member(s)
    Allow,  // the user said "save anyway" (the CLI's --force)
};

// Creating, changing and finding member records, under the member rules.
class MemberService {
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    explicit MemberService(Store &store) : m_store(store) {}

    // Returns the new member's id. A likely duplicate (same phone, e-mail or name, see
    // DuplicateMemberFinder) is refused with NeedsConfirmation unless allowed.
    Result<QString> add(Member member, DuplicatePolicy duplicates = DuplicatePolicy::Refuse);
    // On update, only a resemblance the change brings is refused: a member who already looked
    // like another one can still be saved.
    Status update(Member member, DuplicatePolicy duplicates = DuplicatePolicy::Refuse);
    Result<Member> find(const QString &id) const;
    Result<QList<Member>> list(const MemberFilter &filter = {}) const;
    // The existing members `member` (as typed, before the rules tidy it) looks like.
    Result<QList<DuplicateMatch>> duplicatesOf(Member member) const;

    Status setArchived(const QString &id, bool archived);
    // How many orders (baskets, cancelled ones included) the member has.
    Result<int> orderCount(const QString &id) const;
    // Erases a member without orders (a tombstone, so that other desks learn of it). A member
    // with orders is refused (Conflict): archive them instead.
    Status erase(const QString &id);

private:
    Store &m_store;
};
