#pragma once

#include <QStringList>

// The database files opened lately, most recent first, kept in the user's settings.
namespace RecentDatabases {
QStringList list();
void add(const QString &path);
void remove(const QString &path);
QString last();
}
