#include "Ids.h"

#include <QRandomGenerator>
#include <QUuid>

#include <optional>

namespace Ids {

namespace {

std::optional<QRandomGenerator> &testGenerator()
{
    static std::optional<QRandomGenerator> generator;
    return generator;
}

QString seededUuid(QRandomGenerator &generator)
{
    const quint32 a = generator.generate();
    const quint32 b = generator.generate();
    const quint32 c = generator.generate();
    const quint32 d = generator.generate();
    const auto byte = [](quint32 word, int index) { return uchar(word >> (8 * index)); };
    return QUuid(a, ushort(b), ushort(((b >> 16) & 0x0fff) | 0x4000), // version 4, random
                 uchar((byte(c, 0) & 0x3f) | 0x80), byte(c, 1), byte(c, 2), byte(c, 3), // RFC 4122 variant
                 byte(d, 0), byte(d, 1), byte(d, 2), byte(d, 3))
        .toString(QUuid::WithoutBraces);
}

}

QString create()
{
    if (auto &generator = testGenerator())
        return seededUuid(*generator);
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isWellFormed(const QString &id)
{
    if (id.size() != 36)
        return false;
    const QUuid parsed = QUuid::fromString(id);
    return !parsed.isNull() && parsed.toString(QUuid::WithoutBraces) == id;
}

void useSeedForTests(quint32 seed)
{
    testGenerator().emplace(seed);
}

}
