#pragma once

#include "common/Result.h"
#include "domain/Basket.h"
#include "domain/Member.h"

#include <QCoreApplication>
#include <QStringList>

class Store;

// What a merge did (or, from plan(), would do).
struct MergeReport {
    Member kept;              // the kept record as it is after the merge
    int basketsMoved = 0;     // the duplicate's baskets given whole to the kept member
    int basketsCombined = 0;  // both had a basket in the same distribution: lines combined
    int basketsDropped = 0;   // cancelled baskets made redundant by the other record's basket
    QStringList fieldsFilled; // fields of the kept record filled from the duplicate (column names)
    QStringList linesToWeighAgain; // product ids of combined lines whose weighing must be redone
};

// Merges two records of one person: the duplicate's orders move to the kept record, the kept
// record's empty fields are filled from the duplicate, and the duplicate is erased (a
// tombstone), all in one transaction.
//
// The rule when both records have a basket in the same distribution (one basket per member
// and distribution):
// - a cancelled basket counts for nothing: it is dropped when the other one is live; when both
//   are cancelled, the kept record's stays;
// - otherwise the duplicate's lines join the kept record's basket; a product in both has its
//   quantities (and estimated weights) added, as the person ordered both;
// - the combined basket is validated when either was (validated at the earlier time), and then
//   every line carries a frozen price: the kept line's, else the duplicate's, else the current
//   price (as validation does);
// - weighed weights add up when both lines were weighed; when only one was, the line is back
//   to its estimated weight and listed as to be weighed again.
// The fields: every empty field of the kept record takes the duplicate's value; a phone or
// e-mail of the duplicate that differs from the kept one is not lost but added to the notes,
// as are the duplicate's notes; "member since" is the earlier date; the result is active when
// either record was.
class MemberMerge {
    Q_DECLARE_TR_FUNCTIONS(MemberMerge)

public:
    explicit MemberMerge(Store &store) : m_store(store) {}

    // What merge() would do, without writing anything.
    Result<MergeReport> plan(const QString &keptId, const QString &duplicateId);
    Result<MergeReport> merge(const QString &keptId, const QString &duplicateId);

    // The kept record completed from the duplicate (the field rule above), with the names of
    // the fields that changed.
    static Member combine(const Member &kept, const Member &duplicate, QStringList *fieldsFilled);

private:
    Result<MergeReport> run(const QString &keptId, const QString &duplicateId, bool write);
    // The duplicate's baskets go to the kept member; in a distribution where both have one,
    // a cancelled basket gives way to the live one and two live ones are joined.
    Status moveBaskets(const QString &keptId, const QString &duplicateId, MergeReport &report);
    Status joinBaskets(const Basket &moving, Basket target, MergeReport &report);
    // Takes the basket and its lines out (tombstones).
    Status dropBasket(const Basket &basket);

    Store &m_store;
};
