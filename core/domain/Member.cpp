#include "Member.h"

QString Member::displayName() const
{
    if (lastName.isEmpty())
        return firstName;
    if (firstName.isEmpty())
        return lastName;
    return lastName + u' ' + firstName;
}
