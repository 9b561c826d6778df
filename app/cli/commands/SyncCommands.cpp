#include "SyncCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "ListFormatOption.h"
#include "ListOutput.h"
#include "store/Store.h"
#include "sync/ConflictLog.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

void SyncCommands::registerIn(CommandTable &table)
{
    table.add({{u"sync"_s}, QT_TRANSLATE_NOOP("Commands", "send this desk’s changes to the server and bring the others’"),
               &sync, Command::Needs::Nothing});
    table.add({{u"conflict"_s, u"list"_s},
               QT_TRANSLATE_NOOP("Commands", "list the values that syncs overwrote or refused"), &listConflicts});
}

QCommandLineOption SyncCommands::urlOption()
{
    return QCommandLineOption(u"url"_s, tr("The server: postgresql://USER@HOST:PORT/DATABASE."), u"URL"_s);
}

std::optional<ServerAddress> SyncCommands::address(CliContext &cli, const QCommandLineParser &parser,
                                                   const QCommandLineOption &option)
{
    if (!parser.isSet(option)) {
        cli.usageError(tr("The server is missing: --url postgresql://USER@HOST:PORT/DATABASE."));
        return std::nullopt;
    }
    auto parsed = ServerAddress::parse(parser.value(option));
    if (!parsed) {
        cli.usageError(parsed.error().message());
        return std::nullopt;
    }
    return *parsed;
}

int SyncCommands::sync(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption url = urlOption();
    parser.addOption(url);
    if (auto stop = cli.parse(parser, tr("Sends this desk’s changes to the shared server, then brings the changes "
                                         "of the other desks. A new, empty database joins the server’s group. "
                                         "The password comes from PGPASSWORD, ~/.pgpass or a service file, never "
                                         "from the command line. Exit status 4: the server cannot be reached.")))
        return *stop;
    auto address = SyncCommands::address(cli, parser, url);
    if (!address)
        return ExitStatus::usage;
    auto report = SyncEngine(cli.databasePath(), *address).run();
    if (!report)
        return cli.fail(report.error());
    cli.out() << tr("pushed %1, pulled %2, conflicts %3").arg(report->pushed).arg(report->pulled).arg(report->conflicts)
              << '\n';
    return ExitStatus::done;
}

int SyncCommands::listConflicts(CliContext &cli)
{
    QCommandLineParser parser;
    ListFormatOption format;
    parser.addOption(format);
    if (auto stop = cli.parse(parser, tr("Lists every value a sync overwrote or refused, oldest first: the field, "
                                         "the value kept and the value lost, who wrote each, and the rule applied "
                                         "(later_arrival, state_rule, merged_duplicate).")))
        return *stop;
    if (auto stop = format.read(cli, parser))
        return *stop;
    return cli.withStore([&](Store &store) {
        auto entries = ConflictLog(store.database()).list();
        if (!entries)
            return cli.fail(entries.error());

        using Cell = ListOutput::Cell;
        ListOutput output({{u"id"_s, {}},
                           {u"at"_s, tr("When")},
                           {u"table_name"_s, tr("Table")},
                           {u"row_id"_s, tr("Record")},
                           {u"field"_s, tr("Field")},
                           {u"kept_value"_s, tr("Kept")},
                           {u"lost_value"_s, tr("Lost")},
                           {u"rule"_s, tr("Rule")},
                           {u"kept_by"_s, tr("Kept from")},
                           {u"lost_by"_s, tr("Lost from")},
                           {u"change_id"_s, {}}});
        for (const ConflictEntry &entry : *entries) {
            output.addRow({entry.id, Cell::instant(entry.at), entry.table, entry.rowId, entry.field, entry.keptValue,
                           entry.lostValue, entry.rule, entry.keptBy, entry.lostBy, entry.changeId});
        }
        return format.print(cli, output);
    });
}
