#pragma once

#include <QLocale>

class QCoreApplication;

// Installs Comptoir's translation and Qt's own for a locale: French on a French system,
// English otherwise. Sets the default QLocale, so that money and dates follow.
namespace Translations {
void install(QCoreApplication &application, const QLocale &locale = QLocale::system());
}
