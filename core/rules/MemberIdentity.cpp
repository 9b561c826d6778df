#include "MemberIdentity.h"

#include "common/SearchText.h"

namespace MemberIdentity {

QString nameKey(const QString &firstName, const QString &lastName)
{
    return SearchText::fold(lastName + u' ' + firstName);
}

QStringList nameKeys(const Member &member)
{
    QStringList keys;
    if (member.firstName.trimmed().isEmpty() && member.lastName.trimmed().isEmpty())
        return keys;
    keys.append(nameKey(member.firstName, member.lastName));
    const QString swapped = nameKey(member.lastName, member.firstName);
    if (swapped != keys.first())
        keys.append(swapped);
    return keys;
}

QStringList phones(const Member &member)
{
    QStringList found;
    for (const QString &phone : {member.phone, member.partnerPhone}) {
        if (!phone.isEmpty() && !found.contains(phone))
            found.append(phone);
    }
    return found;
}

QStringList emails(const Member &member)
{
    QStringList found;
    for (const QString &email : {member.email, member.partnerEmail}) {
        const QString key = email.trimmed().toLower();
        if (!key.isEmpty() && !found.contains(key))
            found.append(key);
    }
    return found;
}

}
