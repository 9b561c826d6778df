#pragma once

#include "domain/Member.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

struct MemberFilter {
    QString text;              // matched against names, phones, e-mails, town (folded; see MemberSearch)
    bool includeArchived = false;
    int limit = -1;            // -1: every match
};

class MemberRepository : public Repository<MemberRepository, Member> {
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(Store &store);

    Result<QList<Member>> list(const MemberFilter &filter = {}) const;
    // Live members (archived included, anonymised not) other than `excludedId` that share one of
    // the phones (theirs or their second person's), one of the e-mails (ignoring case) or one
    // of the folded name keys (see MemberIdentity).
    Result<QList<Member>> findMatching(const QStringList &phones, const QStringList &emails,
                                       const QStringList &nameKeys, const QString &excludedId = {}) const;
    // The member's baskets (orders), cancelled ones included.
    Result<int> basketCount(const QString &memberId) const;

    static QVariantMap toRow(const Member &record);
    static Member fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);

private:
    Store &m_store;
};
