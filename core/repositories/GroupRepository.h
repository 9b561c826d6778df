#pragma once

#include "domain/GroupSettings.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

class GroupRepository : public Repository<GroupRepository, GroupSettings> {
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)

public:
    explicit GroupRepository(Store &store);

    // The group of this database; NotFound in a database not yet initialised.
    Result<GroupSettings> current() const;

    static QVariantMap toRow(const GroupSettings &record);
    static GroupSettings fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
