#include "ActorLookup.h"

#include "repositories/UserRepository.h"
#include "services/GroupService.h"
#include "store/Store.h"

Result<OrderActor> ActorLookup::of(Store &store)
{
    const QString acting = store.actor();
    const auto fromUser = [&](const User &user) {
        return user.role == User::Role::Producer ? OrderActor::producer(acting, user.producerId)
                                                 : OrderActor::coordinator(acting);
    };
    auto users = UserRepository(store).list();
    if (!users)
        return users.error();
    for (const User &user : *users) {
        if (!acting.isEmpty() && user.name == acting)
            return fromUser(user);
    }
    auto current = GroupService(store).currentUser();
    if (!current)
        return current.error();
    if (current->has_value())
        return fromUser(**current);
    return OrderActor::coordinator(acting);
}
