#pragma once

#include "RowStamp.h"

#include <QDateTime>
#include <QString>

// One member's order for one distribution. Without a member it is an anonymous cart: counted
// and totalled, never shown as a person.
struct Basket {
    enum class Status { InProgress, Validated, Cancelled };
    enum class Source { Member, Coordinator, Producer };

    QString id;
    QString distributionId;
    QString memberId; // empty: anonymous cart
    Status status = Status::InProgress;
    Source source = Source::Coordinator;
    QDateTime validatedAt; // UTC, when validated
    RowStamp stamp;

    bool isAnonymous() const { return memberId.isEmpty(); }

    static QString statusKey(Status status);
    static bool statusFromKey(const QString &key, Status *status);
    static QString sourceKey(Source source);
    static bool sourceFromKey(const QString &key, Source *source);
};
