#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace RecentDatabases {

namespace {
const QString key = u"recentDatabases"_s;
constexpr int kept = 8;
}

QStringList list()
{
    return QSettings().value(key).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kept)
        paths.removeLast();
    QSettings().setValue(key, paths);
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(path);
    QSettings().setValue(key, paths);
}

QString last()
{
    const QStringList paths = list();
    return paths.isEmpty() ? QString() : paths.first();
}

}
