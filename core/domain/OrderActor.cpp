#include "OrderActor.h"

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
