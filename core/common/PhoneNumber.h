#pragma once

#include <QString>
#include <optional>

// Telephone numbers as the store keeps them (E.164: +33612345678) and as people read them
// (06 12 34 56 78). French numbers are the default; other countries need their + prefix.
namespace PhoneNumber {
// "06 12 34 56 78", "+33 6 12 34 56 78", "0612345678", "06.12.34.56.78", "0033612345678" all
// give "+33612345678". Empty input gives an empty string; input that is not a number gives none.
std::optional<QString> normalize(const QString &input);
// The French way for +33 numbers ("06 12 34 56 78"), E.164 otherwise.
QString display(const QString &e164);
}
