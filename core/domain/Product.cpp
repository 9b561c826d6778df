#include "Product.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<std::pair<Product::Unit, QLatin1StringView>, 6> unitKeys{{
    {Product::Unit::Piece, "piece"_L1},
    {Product::Unit::Kilogram, "kg"_L1},
    {Product::Unit::Gram, "g"_L1},
    {Product::Unit::Litre, "l"_L1},
    {Product::Unit::Centilitre, "cl"_L1},
    {Product::Unit::Millilitre, "ml"_L1},
}};
}

QString Product::unitKey(Unit unit)
{
    for (const auto &[candidate, key] : unitKeys) {
        if (candidate == unit)
            return key;
    }
    return u"piece"_s;
}

bool Product::unitFromKey(const QString &key, Unit *unit)
{
    for (const auto &[candidate, candidateKey] : unitKeys) {
        if (key == candidateKey) {
            *unit = candidate;
            return true;
        }
    }
    return false;
}
