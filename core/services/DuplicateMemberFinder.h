#pragma once

#include "common/Result.h"
#include "domain/Member.h"

#include <QCoreApplication>
#include <QList>

class Store;

// An existing member who looks like the same person as the one being saved, and why.
struct DuplicateMatch {
    Member existing;
    bool samePhone = false;
    bool sameEmail = false;
    bool sameName = false;
};

// Finds the members that look like the same person as a member being saved: the same phone
// after normalisation, the same e-mail ignoring case, or the same name ignoring case and
// accents (see MemberIdentity). Anonymised members are never matched.
class DuplicateMemberFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateMemberFinder)

public:
    explicit DuplicateMemberFinder(Store &store) : m_store(store) {}

    // `member` must be prepared (MemberRules::prepare); the member itself (same id) is skipped.
    Result<QList<DuplicateMatch>> find(const Member &member) const;

    // Why two records look alike, for a person: "Dupré Hélène has the same phone number
    // (06 12 34 56 78)."
    static QString describe(const DuplicateMatch &match);
    // The refusal a save gets when it would create a likely duplicate (NeedsConfirmation).
    static Error confirmationNeeded(const QList<DuplicateMatch> &matches);

private:
    Store &m_store;
};
