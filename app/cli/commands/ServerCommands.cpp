#include "ServerCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "SyncCommands.h"
#include "sync/ServerConnection.h"
#include "sync/ServerSchema.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

void ServerCommands::registerIn(CommandTable &table)
{
    table.add({{u"server"_s, u"init"_s}, QT_TRANSLATE_NOOP("Commands", "set up Comptoir’s schema on a PostgreSQL server"),
               &init, Command::Needs::Nothing});
    table.add({{u"server"_s, u"upgrade"_s},
               QT_TRANSLATE_NOOP("Commands", "bring the server’s schema up to this version of Comptoir"), &upgrade,
               Command::Needs::Nothing});
}

int ServerCommands::init(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption url = SyncCommands::urlOption();
    parser.addOption(url);
    if (auto stop = cli.parse(parser, tr("Creates Comptoir’s tables, revision triggers and sync functions on an "
                                         "empty PostgreSQL database. The password comes from PGPASSWORD, "
                                         "~/.pgpass or a service file, never from the command line.")))
        return *stop;
    auto address = SyncCommands::address(cli, parser, url);
    if (!address)
        return ExitStatus::usage;
    auto server = ServerConnection::open(*address);
    if (!server)
        return cli.fail(server.error());
    ServerSchema schema(**server);
    if (Status done = schema.initialise(); !done)
        return cli.fail(done.error());
    cli.out() << tr("Comptoir’s schema (version %1) is set up on %2.").arg(schema.latestVersion()).arg(address->display())
              << '\n';
    return ExitStatus::done;
}

int ServerCommands::upgrade(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption url = SyncCommands::urlOption();
    parser.addOption(url);
    if (auto stop = cli.parse(parser, tr("Applies the schema updates the server lacks, all in one transaction. A "
                                         "server set up by a newer Comptoir is left untouched.")))
        return *stop;
    auto address = SyncCommands::address(cli, parser, url);
    if (!address)
        return ExitStatus::usage;
    auto server = ServerConnection::open(*address);
    if (!server)
        return cli.fail(server.error());
    ServerSchema schema(**server);
    auto before = schema.upgrade();
    if (!before)
        return cli.fail(before.error());
    if (*before == schema.latestVersion())
        cli.out() << tr("The server %1 is up to date (schema %2).").arg(address->display()).arg(*before) << '\n';
    else
        cli.out() << tr("The server %1 went from schema %2 to %3.").arg(address->display()).arg(*before).arg(schema.latestVersion())
                  << '\n';
    return ExitStatus::done;
}
