#include "LateChange.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<std::pair<LateChange::Kind, QLatin1StringView>, 5> kindKeys{{
    {LateChange::Kind::Add, "add"_L1},
    {LateChange::Kind::Change, "change"_L1},
    {LateChange::Kind::Remove, "remove"_L1},
    {LateChange::Kind::Validate, "validate"_L1},
    {LateChange::Kind::Cancel, "cancel"_L1},
}};
}

QString LateChange::kindKey(Kind kind)
{
    for (const auto &[candidate, key] : kindKeys) {
        if (candidate == kind)
            return key;
    }
    return u"change"_s;
}

bool LateChange::kindFromKey(const QString &key, Kind *kind)
{
    for (const auto &[candidate, candidateKey] : kindKeys) {
        if (key == candidateKey) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}
