#include "Ids.h"

#include <QUuid>

namespace Ids {

QString create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isWellFormed(const QString &id)
{
    if (id.size() != 36)
        return false;
    const QUuid parsed = QUuid::fromString(id);
    return !parsed.isNull() && parsed.toString(QUuid::WithoutBraces) == id;
}

}
