#include "DuplicateMemberFinder.h"

#include "common/PhoneNumber.h"
#include "repositories/MemberRepository.h"
#include "rules/MemberIdentity.h"

#include <QStringList>

using namespace Qt::StringLiterals;

Result<QList<DuplicateMatch>> DuplicateMemberFinder::find(const Member &member) const
{
    const QStringList phones = MemberIdentity::phones(member);
    const QStringList emails = MemberIdentity::emails(member);
    const QStringList names = MemberIdentity::nameKeys(member);
    auto candidates = MemberRepository(m_store).findMatching(phones, emails, names, member.id);
    if (!candidates)
        return candidates.error();

    QList<DuplicateMatch> matches;
    for (const Member &existing : *candidates) {
        DuplicateMatch match;
        match.existing = existing;
        for (const QString &phone : MemberIdentity::phones(existing))
            match.samePhone = match.samePhone || phones.contains(phone);
        for (const QString &email : MemberIdentity::emails(existing))
            match.sameEmail = match.sameEmail || emails.contains(email);
        match.sameName = names.contains(MemberIdentity::nameKey(existing.firstName, existing.lastName));
        if (match.samePhone || match.sameEmail || match.sameName)
            matches.append(match);
    }
    return matches;
}

QString DuplicateMemberFinder::describe(const DuplicateMatch &match)
{
    const Member &existing = match.existing;
    QStringList reasons;
    if (match.samePhone) {
        const QString phone = existing.phone.isEmpty() ? existing.partnerPhone : existing.phone;
        reasons.append(tr("the same phone number (%1)").arg(PhoneNumber::display(phone)));
    }
    if (match.sameEmail) {
        const QString email = existing.email.isEmpty() ? existing.partnerEmail : existing.email;
        reasons.append(tr("the same e-mail address (%1)").arg(email));
    }
    if (match.sameName)
        reasons.append(tr("the same name"));
    const QString who = existing.archived ? tr("%1 (archived)").arg(existing.displayName()) : existing.displayName();
    return tr("%1 has %2.").arg(who, reasons.join(tr(" and ")));
}

Error DuplicateMemberFinder::confirmationNeeded(const QList<DuplicateMatch> &matches)
{
    QStringList lines{tr("This member may already exist:")};
    for (const DuplicateMatch &match : matches)
        lines.append(describe(match));
    return Error(ErrorKind::NeedsConfirmation, lines.join(u'\n'));
}
