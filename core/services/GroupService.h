#pragma once

#include "common/Result.h"
#include "domain/GroupSettings.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <optional>

class Store;

// The group of a database and the people who act in it; which of them sits at this desk.
class GroupService {
    Q_DECLARE_TR_FUNCTIONS(GroupService)

public:
    explicit GroupService(Store &store) : m_store(store) {}

    // A new database: its group and the first person at the desk (who becomes current).
    // Refused when the database already holds a group.
    Status initialise(GroupSettings group, User firstUser);
    Result<GroupSettings> group() const;
    Status updateGroup(GroupSettings group);

    Result<QString> addUser(User user);
    Result<QList<User>> users() const;
    // The person at this desk; none until chosen.
    Result<std::optional<User>> currentUser() const;
    // Chooses the person at this desk; the store acts in their name from now on.
    Status setCurrentUser(const QString &userId);
    // Acts in the name of this desk's current user, if one is chosen. Returns whether one was.
    bool actAsCurrentUser();

private:
    Store &m_store;
};
