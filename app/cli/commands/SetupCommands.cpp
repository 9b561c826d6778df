#include "SetupCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "common/AppPaths.h"
#include "demo/DemoGroup.h"
#include "demo/LargeGroup.h"
#include "services/GroupService.h"
#include "store/Store.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

void SetupCommands::registerIn(CommandTable &table)
{
    table.add({{u"init"_s}, QT_TRANSLATE_NOOP("Commands", "create a new database with an empty group"), &init,
               Command::Needs::NewDatabase});
    table.add({{u"demo"_s}, QT_TRANSLATE_NOOP("Commands", "create the demo market in a new database"), &demo,
               Command::Needs::NewDatabase});
}

int SetupCommands::init(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption group(u"group"_s, tr("The name of the market."), u"NAME"_s, tr("My market"));
    const QCommandLineOption timeZone(u"time-zone"_s, tr("Its time zone (default Europe/Paris)."), u"ZONE"_s,
                                      u"Europe/Paris"_s);
    const QCommandLineOption coordinator(u"coordinator"_s,
                                         tr("The first coordinator’s name (default: --user, or “Coordinator”)."),
                                         u"NAME"_s);
    parser.addOptions({group, timeZone, coordinator});
    if (auto stop = cli.parse(parser, tr("Creates a new database holding an empty group. An existing database "
                                         "that holds data is refused.")))
        return *stop;

    GroupSettings settings;
    settings.name = parser.value(group);
    settings.timeZone = parser.value(timeZone);
    User first;
    first.name = parser.value(coordinator);
    if (first.name.isEmpty())
        first.name = cli.options().user.isEmpty() ? tr("Coordinator") : cli.options().user;
    first.role = User::Role::Coordinator;

    auto store = cli.newStore();
    if (!store)
        return cli.fail(store.error());
    GroupService groups(**store);
    if (Status done = groups.initialise(settings, first); !done) {
        cli.discardNewDatabase();
        return cli.fail(done.error());
    }
    auto created = groups.group();
    if (!created)
        return cli.fail(created.error());
    cli.out() << tr("Created “%1” in %2.").arg(created->name, (*store)->path()) << '\n';
    return cli.created(created->id);
}

int SetupCommands::demo(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(u"seed"_s, tr("Random seed: the same seed and --now give the same demo market "
                                               "(default 1)."),
                                  u"N"_s, u"1"_s);
    const QCommandLineOption large(u"large"_s, tr("A large market for benchmarks instead: 3,000 members, 40 "
                                                  "producers, 1,500 products, two years of weekly distributions "
                                                  "(about 190,000 order lines)."));
    parser.addOptions({seed, large});
    if (auto stop = cli.parse(parser, tr("Creates the demo market in a new database (without --database: the "
                                         "demo’s own file, never your real one). Dates follow the clock (--now).")))
        return *stop;
    bool validSeed = false;
    const quint32 seedValue = parser.value(seed).toUInt(&validSeed);
    if (!validSeed)
        return cli.usageError(tr("--seed takes a whole number, not “%1”.").arg(parser.value(seed)));

    cli.setDefaultDatabase(AppPaths::demoDatabase());
    auto store = cli.newStore();
    if (!store)
        return cli.fail(store.error());
    const Status done = parser.isSet(large) ? LargeGroup::create(**store, seedValue)
                                            : DemoGroup::create(**store, seedValue);
    if (!done) {
        cli.discardNewDatabase();
        return cli.fail(done.error());
    }
    auto group = GroupService(**store).group();
    if (!group)
        return cli.fail(group.error());
    cli.out() << tr("Created the demo market “%1” in %2.").arg(group->name, (*store)->path()) << '\n';
    return cli.created(group->id);
}
