// comptoir: the desktop application.
#include "common/AppPaths.h"
#include "common/Clock.h"
#include "i18n/Translations.h"
#include "shell/DatabaseFlow.h"
#include "shell/MainWindow.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Comptoir"_s);
    QApplication::setDesktopFileName(u"org.comptoir.Comptoir"_s);
    Translations::install(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Comptoir, the desk tool of local food markets."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(u"database"_s, QApplication::translate("main", "Open the database file PATH."),
                                      u"PATH"_s, qEnvironmentVariable("COMPTOIR_DATABASE"));
    const QCommandLineOption now(u"now"_s,
                                 QApplication::translate("main", "Start the clock at INSTANT (ISO 8601), for trying "
                                                                 "out dates."),
                                 u"INSTANT"_s, qEnvironmentVariable("COMPTOIR_NOW"));
    parser.addOption(database);
    parser.addOption(now);
    parser.process(application);

    Workspace workspace;
    if (!parser.value(now).isEmpty()) {
        const auto instant = Clock::parseInstant(parser.value(now));
        if (!instant) {
            QTextStream(stderr) << QApplication::translate("main", "“%1” is not an ISO 8601 date and time.")
                                       .arg(parser.value(now))
                                << '\n';
            return 2;
        }
        workspace.setStartTime(*instant);
    }

    MainWindow window(workspace);
    if (!window.databaseFlow().start(parser.value(database)))
        return 0;
    window.show();
    return application.exec();
}
