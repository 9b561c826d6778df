#include "Member.h"

#include <QCoreApplication>

QString Member::displayName() const
{
    if (anonymised)
        return QCoreApplication::translate("Member", "Former member");
    if (lastName.isEmpty())
        return firstName;
    if (firstName.isEmpty())
        return lastName;
    return lastName + u' ' + firstName;
}
