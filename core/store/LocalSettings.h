#pragma once

#include "common/Result.h"

#include <QString>

class Database;

// This desk's own settings, kept in the database file but never replicated: the current user,
// the sync cursor later. Keys are constants of the code.
class LocalSettings {
public:
    static inline const QString currentUserKey = QStringLiteral("current_user_id");

    explicit LocalSettings(Database &database) : m_database(database) {}

    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};
