#pragma once

#include "RowStamp.h"

#include <QString>

// A person who works in Comptoir: a coordinator (every catalogue) or a producer (their own).
struct User {
    enum class Role { Coordinator, Producer };

    QString id;
    QString name;
    Role role = Role::Coordinator;
    QString producerId; // for a producer
    RowStamp stamp;

    static QString roleKey(Role role);
    static bool roleFromKey(const QString &key, Role *role);
};
