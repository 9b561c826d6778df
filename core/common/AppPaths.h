#pragma once

#include <QString>

class QCoreApplication;

// Where Comptoir keeps its files, shared by the desktop app and the CLI.
namespace AppPaths {
// Names the application ("Comptoir") so that settings and data folders are Comptoir's own.
void setApplicationIdentity();
// The embedded default: <data folder>/comptoir.db (~/.local/share/Comptoir/comptoir.db).
QString defaultDatabase();
// The demo group always lives in its own file, never in the user's real database.
QString demoDatabase();
}
