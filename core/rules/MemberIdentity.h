#pragma once

#include "domain/Member.h"

#include <QStringList>

// What makes two member records look like one person, as keys to compare: the same phone
// after normalisation (E.164), the same e-mail ignoring case, the same name ignoring case and
// accents, in either order ("Hélène Dupré" = "dupre helene"). Works on prepared members
// (MemberRules::prepare has stored the phones in E.164).
namespace MemberIdentity {
// Last name then first name, folded: the store's name_key column holds the same.
QString nameKey(const QString &firstName, const QString &lastName);
// The member's name key and, for a name typed the other way round, the swapped one.
QStringList nameKeys(const Member &member);
// The member's phones and the second person's, without empties.
QStringList phones(const Member &member);
// The member's e-mails and the second person's, lowercase, without empties.
QStringList emails(const Member &member);
}
