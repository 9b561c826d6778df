#include "GroupService.h"

#include "RecordWrites.h"

#include "common/Ids.h"
#include "repositories/GroupRepository.h"
#include "repositories/ProducerRepository.h"
#include "repositories/UserRepository.h"
#include "rules/GroupRules.h"
#include "rules/UserRules.h"
#include "store/LocalSettings.h"
#include "store/Store.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

Status GroupService::initialise(GroupSettings group, User firstUser)
{
    if (!m_store.isEmpty())
        return Error(ErrorKind::Conflict, tr("This database already holds a group; nothing was changed."));
    if (Status valid = GroupRules::prepare(group); !valid)
        return valid;
    if (Status valid = UserRules::prepare(firstUser); !valid)
        return valid;
    if (firstUser.role != User::Role::Coordinator)
        return Error(ErrorKind::Validation, tr("The first person of a new group must be a coordinator."), u"role"_s);

    group.id = Ids::create();
    firstUser.id = Ids::create();
    m_store.setActor(firstUser.name);
    Status done = inTransaction(m_store.database(), [&]() -> Status {
        if (Status inserted = GroupRepository(m_store).insert(group); !inserted)
            return inserted;
        if (Status inserted = UserRepository(m_store).insert(firstUser); !inserted)
            return inserted;
        return LocalSettings(m_store.database()).setValue(LocalSettings::currentUserKey, firstUser.id);
    });
    m_store.forgetCachedSettings();
    return done;
}

Result<GroupSettings> GroupService::group() const
{
    return GroupRepository(m_store).current();
}

Status GroupService::updateGroup(GroupSettings group)
{
    if (Status valid = GroupRules::prepare(group); !valid)
        return valid;
    Status done = RecordWrites::updateExisting<GroupRepository>(m_store, group);
    m_store.forgetCachedSettings();
    return done;
}

Result<QString> GroupService::addUser(User user)
{
    if (Status valid = UserRules::prepare(user); !valid)
        return valid.error();
    if (user.role == User::Role::Producer && !ProducerRepository(m_store).exists(user.producerId))
        return Error::notFound(ProducerRepository::notFoundMessage(user.producerId));
    return RecordWrites::insertNew<UserRepository>(m_store, user);
}

Result<QList<User>> GroupService::users() const
{
    return UserRepository(m_store).list();
}

Result<std::optional<User>> GroupService::currentUser() const
{
    const QString id = LocalSettings(m_store.database()).value(LocalSettings::currentUserKey);
    if (id.isEmpty())
        return std::optional<User>();
    auto user = UserRepository(m_store).find(id);
    if (!user) {
        if (user.error().kind() == ErrorKind::NotFound)
            return std::optional<User>();
        return user.error();
    }
    return std::optional<User>(*user);
}

Status GroupService::setCurrentUser(const QString &userId)
{
    auto user = UserRepository(m_store).find(userId);
    if (!user)
        return user.error();
    if (Status done = LocalSettings(m_store.database()).setValue(LocalSettings::currentUserKey, userId); !done)
        return done;
    m_store.setActor(user->name);
    return {};
}

bool GroupService::actAsCurrentUser()
{
    const auto user = currentUser();
    if (!user || !user->has_value())
        return false;
    m_store.setActor((*user)->name);
    return true;
}
