#pragma once

#include <QCoreApplication>
#include <QStringList>

// The member fields as people call them, by their column names ("partner_phone": "second
// person’s phone"), for what an import or a merge fills in.
class MemberFieldNames {
    Q_DECLARE_TR_FUNCTIONS(MemberFieldNames)

public:
    // "e-mail, postcode"
    static QString of(const QStringList &columns);
};
