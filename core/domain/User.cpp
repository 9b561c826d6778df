#include "User.h"

using namespace Qt::StringLiterals;

QString User::roleKey(Role role)
{
    return role == Role::Producer ? u"producer"_s : u"coordinator"_s;
}

bool User::roleFromKey(const QString &key, Role *role)
{
    if (key == "coordinator"_L1)
        *role = Role::Coordinator;
    else if (key == "producer"_L1)
        *role = Role::Producer;
    else
        return false;
    return true;
}
