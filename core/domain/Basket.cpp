#include "Basket.h"

using namespace Qt::StringLiterals;

QString Basket::statusKey(Status status)
{
    switch (status) {
    case Status::InProgress: return u"in_progress"_s;
    case Status::Validated: return u"validated"_s;
    case Status::Cancelled: return u"cancelled"_s;
    }
    return {};
}

bool Basket::statusFromKey(const QString &key, Status *status)
{
    for (Status candidate : {Status::InProgress, Status::Validated, Status::Cancelled}) {
        if (statusKey(candidate) == key) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString Basket::sourceKey(Source source)
{
    switch (source) {
    case Source::Member: return u"member"_s;
    case Source::Coordinator: return u"coordinator"_s;
    case Source::Producer: return u"producer"_s;
    }
    return {};
}

bool Basket::sourceFromKey(const QString &key, Source *source)
{
    for (Source candidate : {Source::Member, Source::Coordinator, Source::Producer}) {
        if (sourceKey(candidate) == key) {
            *source = candidate;
            return true;
        }
    }
    return false;
}
