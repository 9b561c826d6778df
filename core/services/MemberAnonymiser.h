#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Store;

// Forgets a member who asks for it: names, phones, e-mails, address and notes are removed
// (the second person's too), the record is archived and marked anonymised, and the audit
// trail of the record loses the same personal values. The row itself stays, so that past
// baskets still count in the totals, shown as "former member". One transaction; not undone.
class MemberAnonymiser {
    Q_DECLARE_TR_FUNCTIONS(MemberAnonymiser)

public:
    explicit MemberAnonymiser(Store &store) : m_store(store) {}

    Status anonymise(const QString &memberId);

private:
    Status scrubAuditTrail(const QString &memberId);

    Store &m_store;
};
