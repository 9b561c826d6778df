#include "UserRules.h"

#include "Validation.h"

using namespace Qt::StringLiterals;

Status UserRules::prepare(User &user)
{
    Validation validation;
    user.name = tidyLine(user.name);
    validation.require(!user.name.isEmpty(), u"name"_s, tr("Enter your name."));
    validation.text(u"name"_s, user.name, Validation::nameLength, tr("The name"));
    if (user.role == User::Role::Producer)
        validation.require(!user.producerId.isEmpty(), u"producerId"_s, tr("Choose the producer this person works for."));
    else
        user.producerId.clear();
    return validation.status();
}
