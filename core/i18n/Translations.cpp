#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install(QCoreApplication &application, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *comptoir = new QTranslator(&application);
    if (comptoir->load(locale, u"comptoir"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(comptoir);
    else
        delete comptoir;

    auto *qt = new QTranslator(&application);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

}
