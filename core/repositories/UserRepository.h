#pragma once

#include "domain/User.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class UserRepository : public Repository<UserRepository, User> {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Store &store);

    Result<QList<User>> list() const;

    static QVariantMap toRow(const User &record);
    static User fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
