#pragma once

#include <QString>

// E-mail addresses as a coordinator types them: checked for a plausible shape (one @, a local
// part, a domain with a dot, no spaces), kept as typed but trimmed; compared ignoring case.
namespace EmailAddress {
bool isValid(const QString &address);
QString normalize(const QString &address);
}
