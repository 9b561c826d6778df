#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Comptoir"_s);
    QCoreApplication::setApplicationName(u"Comptoir"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
}

// ~/.local/share/Comptoir: AppLocalDataLocation would repeat the name (organisation/application).
static QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"Comptoir"_s);
}

QString defaultDatabase()
{
    return QDir(dataFolder()).filePath(u"comptoir.db"_s);
}

QString demoDatabase()
{
    return QDir(dataFolder()).filePath(u"demo.db"_s);
}

}
