// comptoir-cli: everything the desktop app does to data, headless, for scripts and timers.
#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "GlobalOptions.h"
#include "common/AppPaths.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static void printUsage(QTextStream &out, const CommandTable &table)
    {
        out << tr("Usage: comptoir-cli [global options] COMMAND [options]") << "\n\n"
            << tr("Comptoir’s data without the window: members, catalogues, distributions, orders, "
                  "summaries and sync.")
            << "\n\n"
            << tr("Global options:") << '\n'
            << u"  --database PATH   "_s
            << tr("the database file (or COMPTOIR_DATABASE; default: %1)").arg(AppPaths::defaultDatabase()) << '\n'
            << u"  --now INSTANT     "_s
            << tr("the current time, ISO 8601 (or COMPTOIR_NOW), for trying out dates") << '\n'
            << u"  --user NAME       "_s << tr("the name of the person acting, recorded in the audit trail") << '\n'
            << u"  --help, --version"_s << "\n\n"
            << tr("Commands:") << '\n';
        table.printCommands(out);
        out << '\n'
            << tr("“comptoir-cli COMMAND --help” shows the options of a command.") << '\n'
            << tr("Exit status: 0 done, 1 refused, 2 usage error, 3 needs confirmation, 4 server unreachable.")
            << '\n';
    }
};

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, bool needsGui)
{
    if (!needsGui)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Printing and PDF need a QGuiApplication; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    GlobalOptions options;
    const std::optional<QString> problem = options.parse(arguments);
    const CommandTable table;
    qsizetype commandWords = 0;
    const Command *command = problem ? nullptr : table.find(options.rest, &commandWords);

    const auto application = makeApplication(argc, argv, command && command->needsGui);
    AppPaths::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    Translations::install(*application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (problem) {
        err << *problem << '\n';
        return ExitStatus::usage;
    }
    if (options.version) {
        out << "comptoir-cli " << COMPTOIR_VERSION << '\n';
        return ExitStatus::done;
    }
    if (!command) {
        if (options.rest.isEmpty()) {
            Cli::printUsage(options.help ? out : err, table);
            return options.help ? ExitStatus::done : ExitStatus::usage;
        }
        const bool asksHelp = options.help || options.rest.contains(u"--help"_s) || options.rest.contains(u"-h"_s);
        if (table.hasGroup(options.rest.mid(0, 1))) {
            QTextStream &stream = asksHelp ? out : err;
            if (!asksHelp && options.rest.size() > 1)
                stream << Cli::tr("Unknown command “%1”.").arg(options.rest.mid(0, 2).join(u' ')) << '\n';
            stream << Cli::tr("Commands:") << '\n';
            table.printCommands(stream, options.rest.mid(0, 1));
            return asksHelp ? ExitStatus::done : ExitStatus::usage;
        }
        err << Cli::tr("Unknown command “%1”; “comptoir-cli --help” lists them.").arg(options.rest.first()) << '\n';
        return ExitStatus::usage;
    }

    QStringList commandArguments = options.rest.mid(commandWords);
    if (options.help)
        commandArguments.prepend(u"--help"_s);
    CliContext context(options, *command, commandArguments, out, err);
    const int status = command->run(context);
    out.flush();
    err.flush();
    return status;
}
