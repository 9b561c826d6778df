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

static QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
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
