#pragma once

#include "domain/Member.h"
#include "store/Repository.h"

#include <QCoreApplication>
#include <optional>

struct MemberFilter {
    QString text;              // matched against names, phones, e-mails, town (folded)
    bool includeArchived = false;
    int limit = -1;            // -1: every match
};

class MemberRepository : public Repository<MemberRepository, Member> {
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(Store &store);

    Result<QList<Member>> list(const MemberFilter &filter = {}) const;

    static QVariantMap toRow(const Member &record);
    static Member fromRow(const QVariantMap &row);
    static QString notFoundMessage(const QString &id);
};
