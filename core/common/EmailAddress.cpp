#include "EmailAddress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EmailAddress {

bool isValid(const QString &address)
{
    static const QRegularExpression shape(
        uR"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"_s);
    const QString trimmed = address.trimmed();
    if (trimmed.size() > 254 || trimmed.startsWith(u'.') || trimmed.contains(".."_L1))
        return false;
    const qsizetype at = trimmed.indexOf(u'@');
    if (at > 64 || trimmed.at(at > 0 ? at - 1 : 0) == u'.')
        return false;
    return shape.match(trimmed).hasMatch();
}

QString normalize(const QString &address)
{
    return address.trimmed();
}

}
