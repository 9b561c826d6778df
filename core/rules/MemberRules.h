#pragma once

#include "common/Result.h"
#include "domain/Member.h"

#include <QCoreApplication>

// What makes a member record acceptable: a name, at least one way to reach them (phone or
// e-mail) unless archived or anonymised, e-mails of a valid shape, phones that read as numbers.
class MemberRules {
    Q_DECLARE_TR_FUNCTIONS(MemberRules)

public:
    // Tidies the texts, stores phones in E.164 and turns notifications off without an e-mail,
    // then checks every rule. The member is changed only in its form, never in its meaning.
    static Status prepare(Member &member);
};
