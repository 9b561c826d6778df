#include "OrderActor.h"

#include "repositories/UserRepository.h"
#include "services/GroupService.h"
#include "store/Store.h"

OrderActor OrderActor::coordinator(const QString &name)
{
    OrderActor actor;
    actor.name = name;
    return actor;
}

OrderActor OrderActor::producer(const QString &name, const QString &producerId)
{
    OrderActor actor;
    actor.name = name;
    actor.role = User::Role::Producer;
    actor.producerId = producerId;
    return actor;
}

Result<OrderActor> OrderActor::of(Store &store)
{
    const QString acting = store.actor();
    const auto fromUser = [&](const User &user) {
        return user.role == User::Role::Producer ? producer(acting, user.producerId) : coordinator(acting);
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
    return coordinator(acting);
}
