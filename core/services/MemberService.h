#pragma once

#include "common/Result.h"
#include "domain/Member.h"
#include "repositories/MemberRepository.h"

#include <QCoreApplication>

class Store;

// Creating, changing and finding member records, under the member rules.
class MemberService {
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    explicit MemberService(Store &store) : m_store(store) {}

    // Returns the new member's id.
    Result<QString> add(Member member);
    Status update(Member member);
    Result<Member> find(const QString &id) const;
    Result<QList<Member>> list(const MemberFilter &filter = {}) const;
    Status setArchived(const QString &id, bool archived);

private:
    Store &m_store;
};
