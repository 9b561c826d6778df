#include "CalendarCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "ListFormatOption.h"
#include "common/Money.h"
#include "domain/Recurrence.h"
#include "i18n/DomainWords.h"
#include "domain/OrderActor.h"
#include "queries/DistributionOverviewQuery.h"
#include "services/ActorLookup.h"
#include "services/CalendarService.h"
#include "services/CatalogueService.h"
#include "services/OfferService.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// The date written YYYY-MM-DD; none after reporting another text as a usage error.
std::optional<QDate> dateFrom(CliContext &cli, const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid())
        return date;
    cli.usageError(CalendarCommands::tr("“%1” is not a date: write it YYYY-MM-DD.").arg(text));
    return std::nullopt;
}

// The time written HH:MM; none after reporting another text as a usage error.
std::optional<QTime> timeFrom(CliContext &cli, const QString &text)
{
    const QTime time = QTime::fromString(text.trimmed(), u"H:mm"_s);
    if (time.isValid())
        return time;
    cli.usageError(CalendarCommands::tr("Write the times HH:MM, e.g. 17:30."));
    return std::nullopt;
}

// A local date and time of the group as ISO 8601 with its offset: "2026-12-03T17:30:00+01:00".
QString localIso(QDate date, QTime time, const QTimeZone &zone)
{
    return OrderingRule::wallClockToUtc(date, time, zone).toTimeZone(zone).toString(Qt::ISODate);
}

QString instantIso(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).toString(Qt::ISODate);
}

QString localText(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + local.time().toString(u"HH:mm"_s);
}

QString hours(const Distribution &distribution)
{
    return distribution.startTime.toString(u"HH:mm"_s) + u"–"_s + distribution.endTime.toString(u"HH:mm"_s);
}

// Every date and window of a plan, one line each, as `--dry-run` shows them.
void printPlan(QTextStream &out, const QList<PlannedDistribution> &planned, const QHash<QString, QString> &names,
               const QTimeZone &zone)
{
    for (const PlannedDistribution &one : planned) {
        out << one.date.toString(Qt::ISODate);
        if (one.skipped)
            out << u"  "_s << CalendarCommands::tr("skipped");
        else if (!one.clash.isEmpty())
            out << u"  "_s << one.clash;
        out << '\n';
        for (const OrderingWindow &window : one.windows)
            out << u"  "_s
                << CliContext::labelled(names.value(window.catalogueId),
                                        localText(window.opensAt, zone) + u" → "_s + localText(window.closesAt, zone))
                << '\n';
    }
}

}

void CalendarCommands::registerIn(CommandTable &table)
{
    table.add({{u"place"_s, u"add"_s}, QT_TRANSLATE_NOOP("Commands", "add a pick-up place"), &addPlace});
    table.add({{u"place"_s, u"list"_s}, QT_TRANSLATE_NOOP("Commands", "list the pick-up places"), &listPlaces});
    table.add({{u"place"_s, u"show"_s}, QT_TRANSLATE_NOOP("Commands", "show a pick-up place"), &showPlace});
    table.add({{u"place"_s, u"archive"_s},
               QT_TRANSLATE_NOOP("Commands", "archive a place (or bring it back with --restore)"), &archivePlace});
    table.add({{u"distribution"_s, u"add"_s},
               QT_TRANSLATE_NOOP("Commands", "add a distribution, once or every N weeks until a date"),
               &addDistribution});
    table.add({{u"distribution"_s, u"list"_s},
               QT_TRANSLATE_NOOP("Commands", "list the distributions with their status, orders and amounts"),
               &listDistributions});
    table.add({{u"distribution"_s, u"show"_s},
               QT_TRANSLATE_NOOP("Commands", "show a distribution, its ordering windows and its offer"),
               &showDistribution});
    table.add({{u"distribution"_s, u"move"_s},
               QT_TRANSLATE_NOOP("Commands", "change a distribution’s date, hours or place"), &moveDistribution});
    table.add({{u"distribution"_s, u"cancel"_s}, QT_TRANSLATE_NOOP("Commands", "cancel a distribution"),
               &cancelDistribution});
    table.add({{u"distribution"_s, u"reinstate"_s}, QT_TRANSLATE_NOOP("Commands", "reinstate a cancelled distribution"),
               &reinstateDistribution});
    table.add({{u"distribution"_s, u"distributed"_s},
               QT_TRANSLATE_NOOP("Commands", "mark a distribution as handed out (or not, with --undo)"),
               &markDistributed});
}

// Places

int CalendarCommands::addPlace(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, tr("The place’s name (required)."), u"NAME"_s);
    const QCommandLineOption address(u"address"_s, tr("Street address."), u"TEXT"_s);
    const QCommandLineOption postcode(u"postcode"_s, tr("Postcode."), u"CODE"_s);
    const QCommandLineOption town(u"town"_s, tr("Town."), u"TOWN"_s);
    parser.addOptions({name, address, postcode, town});
    if (auto stop = cli.parse(parser, tr("Adds a pick-up place. Prints the new place’s id on the last line.")))
        return *stop;
    if (!parser.isSet(name))
        return cli.usageError(tr("Name the place with --name."));
    Place place;
    place.name = parser.value(name);
    place.address = parser.value(address);
    place.postcode = parser.value(postcode);
    place.town = parser.value(town);
    return cli.withStore([&](Store &store) { return cli.created(CalendarService(store).addPlace(place)); });
}

int CalendarCommands::listPlaces(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption archived(u"archived"_s, tr("Include archived places."));
    ListFormatOption format;
    parser.addOptions({archived, format});
    if (auto stop = cli.parse(parser, tr("Lists the pick-up places, by name.")))
        return *stop;
    if (auto stop = format.read(cli, parser))
        return *stop;
    return cli.withStore([&](Store &store) {
        auto places = CalendarService(store).places(parser.isSet(archived));
        if (!places)
            return cli.fail(places.error());
        using Cell = ListOutput::Cell;
        ListOutput output({{u"id"_s, tr("Id")},
                           {u"name"_s, tr("Name")},
                           {u"address"_s, tr("Address")},
                           {u"postcode"_s, tr("Postcode")},
                           {u"town"_s, tr("Town")},
                           {u"archived"_s, parser.isSet(archived) ? tr("Archived") : QString()},
                           {u"updated_at"_s, {}}});
        for (const Place &place : *places) {
            output.addRow({place.id, place.name, place.address, place.postcode, place.town, Cell::flag(place.archived),
                           Cell::instant(place.stamp.updatedAt)});
        }
        return format.print(cli, output);
    });
}

int CalendarCommands::showPlace(CliContext &cli)
{
    return cli.show(tr("Shows a pick-up place."), [&](Store &store, const QString &id) -> Result<QString> {
        auto place = CalendarService(store).place(id);
        if (!place)
            return place.error();
        QTextStream &out = cli.out();
        out << place->name << (place->archived ? tr(" (archived)") : QString()) << '\n';
        if (!place->address.isEmpty())
            out << place->address << '\n';
        if (!place->postcode.isEmpty() || !place->town.isEmpty())
            out << QString(place->postcode + u' ' + place->town).trimmed() << '\n';
        return place->id;
    });
}

int CalendarCommands::archivePlace(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption restore(u"restore"_s, tr("Bring the place back instead."));
    parser.addOption(restore);
    if (auto stop = cli.parse(parser, tr("Archives a place: it is no longer offered for new distributions; its "
                                         "distributions stay as they are."),
                              {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        return cli.finish(
            CalendarService(store).setPlaceArchived(parser.positionalArguments().first(), !parser.isSet(restore)));
    });
}

// Distributions

int CalendarCommands::addDistribution(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption place(u"place"_s, tr("The pick-up place’s id (required)."), u"ID"_s);
    const QCommandLineOption date(u"date"_s, tr("The (first) date, YYYY-MM-DD (required)."), u"DATE"_s);
    const QCommandLineOption start(u"start"_s, tr("Local start time."), u"HH:MM"_s, u"17:00"_s);
    const QCommandLineOption end(u"end"_s, tr("Local end time."), u"HH:MM"_s, u"19:00"_s);
    const QCommandLineOption catalogue(u"catalogue"_s,
                                       tr("A catalogue taking part, with its own ordering rule; repeat for each. "
                                          "Default: every active catalogue."),
                                       u"ID"_s);
    const QCommandLineOption repeat(u"repeat-weeks"_s, tr("Repeat every N weeks (1 to 52) until --until."), u"N"_s);
    const QCommandLineOption until(u"until"_s, tr("The last possible date of the series, YYYY-MM-DD."), u"DATE"_s);
    const QCommandLineOption skip(u"skip"_s, tr("A date of the series not to create; repeat for each."), u"DATE"_s);
    const QCommandLineOption clashes(u"include-clashes"_s,
                                     tr("Also create the dates when the place already has a distribution (skipped "
                                        "otherwise)."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Only show the dates and ordering windows; write nothing."));
    parser.addOptions({place, date, start, end, catalogue, repeat, until, skip, clashes, dryRun});
    if (auto stop = cli.parse(parser, tr("Adds a distribution, or a series every N weeks. Each catalogue’s ordering "
                                         "window comes from its rule, on the group’s wall clock. Prints each new "
                                         "distribution’s id on its own line, the last one last.")))
        return *stop;
    if (!parser.isSet(place))
        return cli.usageError(tr("Name the place with --place."));
    if (!parser.isSet(date))
        return cli.usageError(tr("Give the date with --date YYYY-MM-DD."));
    DistributionPlan plan;
    plan.placeId = parser.value(place);
    const auto firstDate = dateFrom(cli, parser.value(date));
    if (!firstDate)
        return ExitStatus::usage;
    plan.firstDate = *firstDate;
    const auto startTime = timeFrom(cli, parser.value(start));
    if (!startTime)
        return ExitStatus::usage;
    const auto endTime = timeFrom(cli, parser.value(end));
    if (!endTime)
        return ExitStatus::usage;
    plan.startTime = *startTime;
    plan.endTime = *endTime;
    if (parser.isSet(repeat)) {
        bool ok = false;
        plan.repeatEveryWeeks = parser.value(repeat).toInt(&ok);
        if (!ok)
            return cli.usageError(tr("--repeat-weeks takes a number of weeks."));
        if (!parser.isSet(until))
            return cli.usageError(tr("A repeated distribution needs --until DATE."));
        const auto last = dateFrom(cli, parser.value(until));
        if (!last)
            return ExitStatus::usage;
        plan.until = *last;
    } else if (parser.isSet(until)) {
        return cli.usageError(tr("--until goes with --repeat-weeks."));
    }
    for (const QString &text : parser.values(skip)) {
        const auto skipped = dateFrom(cli, text);
        if (!skipped)
            return ExitStatus::usage;
        plan.skippedDates.append(*skipped);
    }

    return cli.withStore([&](Store &store) {
        CalendarService calendar(store);
        CatalogueService catalogues(store);
        QStringList catalogueIds = parser.values(catalogue);
        if (catalogueIds.isEmpty()) {
            auto active = catalogues.activeCatalogues();
            if (!active)
                return cli.fail(active.error());
            for (const Catalogue &one : *active)
                catalogueIds.append(one.id);
        }
        auto participants = calendar.participants(catalogueIds);
        if (!participants)
            return cli.fail(participants.error());
        plan.participants = *participants;
        QHash<QString, QString> names;
        for (const QString &id : catalogueIds) {
            const auto found = catalogues.catalogue(id);
            names.insert(id, found ? found->name : id);
        }

        auto planned = calendar.preview(plan);
        if (!planned)
            return cli.fail(planned.error());
        for (const PlannedDistribution &one : *planned) {
            if (!one.clash.isEmpty() && !one.skipped && !parser.isSet(clashes)) {
                plan.skippedDates.append(one.date);
                cli.err() << tr("%1 skipped: %2").arg(one.date.toString(Qt::ISODate), one.clash) << '\n';
            }
        }
        cli.err().flush();
        if (parser.isSet(dryRun)) {
            auto shown = calendar.preview(plan);
            if (!shown)
                return cli.fail(shown.error());
            printPlan(cli.out(), *shown, names, store.timeZone());
            cli.out().flush();
            return ExitStatus::done;
        }
        auto ids = calendar.createDistributions(plan);
        if (!ids)
            return cli.fail(ids.error());
        for (qsizetype i = 0; i + 1 < ids->size(); ++i)
            cli.out() << ids->at(i) << '\n';
        return cli.created(ids->last());
    });
}

int CalendarCommands::listDistributions(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, tr("Only distributions on or after this date."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, tr("Only distributions on or before this date."), u"DATE"_s);
    ListFormatOption format;
    parser.addOptions({from, to, format});
    if (auto stop = cli.parse(parser, tr("Lists the distributions by date, with their status (planned, open, closed, "
                                         "distributed, cancelled), their orders and amounts.")))
        return *stop;
    if (auto stop = format.read(cli, parser))
        return *stop;
    QDate first(2000, 1, 1);
    QDate last(2100, 12, 31);
    for (const auto &[option, bound] : {std::pair{&from, &first}, std::pair{&to, &last}}) {
        if (!parser.isSet(*option))
            continue;
        const auto date = dateFrom(cli, parser.value(*option));
        if (!date)
            return ExitStatus::usage;
        *bound = *date;
    }
    return cli.withStore([&](Store &store) {
        auto overviews = DistributionOverviewQuery(store).between(first, last);
        if (!overviews)
            return cli.fail(overviews.error());
        const QTimeZone zone = store.timeZone();
        // The order figures of a distribution cover every catalogue: a producer is not shown them.
        auto actor = ActorLookup::of(store);
        if (!actor)
            return cli.fail(actor.error());
        const bool figures = !actor->isProducer();

        using Cell = ListOutput::Cell;
        const auto figure = [figures](const Cell &cell) { return figures ? cell : Cell(QString()); };
        ListOutput output({{u"id"_s, tr("Id")},
                           {u"date"_s, tr("Date")},
                           {u"starts_at"_s, tr("Hours")},
                           {u"ends_at"_s, {}},
                           {u"place_id"_s, {}},
                           {u"place_name"_s, tr("Place")},
                           {u"status"_s, tr("Status")},
                           {u"catalogue_count"_s, {}},
                           {u"validated_count"_s, tr("Validated")},
                           {u"in_progress_count"_s, tr("In progress")},
                           {u"anonymous_cart_count"_s, tr("Anonymous carts")},
                           {u"validated_cents"_s, tr("Validated amount")},
                           {u"in_progress_cents"_s, {}},
                           {u"updated_at"_s, {}}});
        for (const DistributionOverview &overview : *overviews) {
            const Distribution &distribution = overview.distribution;
            output.addRow(
                {distribution.id,
                 {distribution.date.toString(Qt::ISODate), QLocale().toString(distribution.date, QLocale::ShortFormat)},
                 {localIso(distribution.date, distribution.startTime, zone), hours(distribution)},
                 localIso(distribution.date, distribution.endTime, zone),
                 distribution.placeId,
                 overview.placeName,
                 {Distribution::statusKey(overview.status), DomainWords::distributionStatus(overview.status)},
                 Cell::integer(overview.windows.size()),
                 figure(Cell::integer(overview.validatedCount)),
                 figure(Cell::integer(overview.inProgressCount)),
                 figure(Cell::integer(overview.anonymousCartCount)),
                 figure(Cell::money(overview.validatedCents)),
                 figure(Cell::money(overview.inProgressCents)),
                 Cell::instant(distribution.stamp.updatedAt)});
        }
        return format.print(cli, output);
    });
}

int CalendarCommands::showDistribution(CliContext &cli)
{
    const QString description = tr("Shows a distribution: its place and hours, its status, each catalogue’s "
                                   "ordering window, its orders, and what its offer leaves out or limits.");
    return cli.show(description, [&](Store &store, const QString &id) -> Result<QString> {
        auto distribution = CalendarService(store).distribution(id);
        if (!distribution)
            return distribution.error();
        auto overviews = DistributionOverviewQuery(store).between(distribution->date, distribution->date);
        if (!overviews)
            return overviews.error();
        const auto overview = std::find_if(
            overviews->cbegin(), overviews->cend(),
            [&](const DistributionOverview &one) { return one.distribution.id == distribution->id; });
        if (overview == overviews->cend())
            return Error::notFound(tr("No distribution has the id “%1”.").arg(distribution->id));
        auto offer = OfferService(store).offer(distribution->id);
        if (!offer)
            return offer.error();
        const QTimeZone zone = store.timeZone();

        QTextStream &out = cli.out();
        out << QLocale().toString(distribution->date, QLocale::LongFormat) << u", "_s << hours(*distribution)
            << u", "_s << overview->placeName << '\n';
        out << tr("Starts: %1").arg(localIso(distribution->date, distribution->startTime, zone)) << '\n';
        out << tr("Status: %1").arg(DomainWords::distributionStatus(overview->status)) << '\n';
        // A producer sees their own catalogues' windows, and none of the figures, which cover
        // every catalogue (their own orders: `order list`).
        auto actor = ActorLookup::of(store);
        if (!actor)
            return actor.error();
        QSet<QString> reachable;
        if (actor->isProducer()) {
            auto theirs = CatalogueService(store).catalogues();
            if (!theirs)
                return theirs.error();
            for (const Catalogue &catalogue : std::as_const(*theirs))
                reachable.insert(catalogue.id);
        } else {
            out << tr("Validated: %n order(s), %1", nullptr, overview->validatedCount)
                       .arg(Money::format(overview->validatedCents))
                << '\n';
            // The amount in progress covers the anonymous carts too.
            const QString inProgressAmount = Money::format(overview->inProgressCents);
            if (overview->anonymousCartCount == 0)
                out << tr("In progress: %n order(s), %1", nullptr, overview->inProgressCount).arg(inProgressAmount);
            else
                out << tr("In progress: %1 and %2, %3 in all")
                           .arg(tr("%n order(s)", nullptr, overview->inProgressCount),
                                tr("%n anonymous cart(s)", nullptr, overview->anonymousCartCount), inProgressAmount);
            out << '\n';
        }
        out << tr("Ordering windows:") << '\n';
        for (const OrderingWindow &window : overview->windows) {
            if (actor->isProducer() && !reachable.contains(window.catalogueId))
                continue;
            out << u"  "_s
                << CliContext::labelled(overview->catalogueNames.value(window.catalogueId),
                                        instantIso(window.opensAt, zone) + u" → "_s + instantIso(window.closesAt, zone))
                << u" ("_s;
            switch (window.stateAt(store.clock().now())) {
            case OrderingWindow::State::NotYetOpen: out << tr("not yet open"); break;
            case OrderingWindow::State::Open: out << tr("open"); break;
            case OrderingWindow::State::Closed: out << tr("closed"); break;
            }
            out << u")\n"_s;
        }
        int offered = 0;
        QStringList leftOut;
        QStringList stocked;
        for (const OfferEntry &entry : *offer) {
            offered += entry.offered() ? 1 : 0;
            if (entry.excluded)
                leftOut.append(entry.product.name);
            if (entry.stock)
                stocked.append(
                    tr("%1: %2 left of %3").arg(entry.product.name).arg(*entry.remaining()).arg(*entry.stock));
        }
        out << tr("Offer: %n product(s)", nullptr, offered) << '\n';
        if (!leftOut.isEmpty())
            out << tr("Left out: %1").arg(leftOut.join(u", "_s)) << '\n';
        for (const QString &line : std::as_const(stocked))
            out << u"  "_s << line << '\n';
        return distribution->id;
    });
}

int CalendarCommands::moveDistribution(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption date(u"date"_s, tr("The new date, YYYY-MM-DD."), u"DATE"_s);
    const QCommandLineOption start(u"start"_s, tr("The new local start time."), u"HH:MM"_s);
    const QCommandLineOption end(u"end"_s, tr("The new local end time."), u"HH:MM"_s);
    const QCommandLineOption place(u"place"_s, tr("The new place’s id."), u"ID"_s);
    const QCommandLineOption confirm(u"confirm"_s, tr("Move it even though it has orders (they move with it); "
                                                      "without it such a move is refused with exit status 3."));
    parser.addOptions({date, start, end, place, confirm});
    if (auto stop = cli.parse(parser, tr("Changes a distribution’s date, hours or place. The ordering windows move "
                                         "with it on the wall clock."),
                              {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        CalendarService calendar(store);
        auto distribution = calendar.distribution(parser.positionalArguments().first());
        if (!distribution)
            return cli.fail(distribution.error());
        Distribution changed = *distribution;
        if (parser.isSet(date)) {
            const auto value = dateFrom(cli, parser.value(date));
            if (!value)
                return ExitStatus::usage;
            changed.date = *value;
        }
        for (const auto &[option, field] : {std::pair{&start, &changed.startTime}, std::pair{&end, &changed.endTime}}) {
            if (!parser.isSet(*option))
                continue;
            const auto value = timeFrom(cli, parser.value(*option));
            if (!value)
                return ExitStatus::usage;
            *field = *value;
        }
        if (parser.isSet(place))
            changed.placeId = parser.value(place);
        return cli.finish(calendar.updateDistribution(changed, parser.isSet(confirm)));
    });
}

int CalendarCommands::cancelDistribution(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption confirm(u"confirm"_s, tr("Cancel it even though it has orders; without it such a "
                                                      "cancellation is refused with exit status 3."));
    parser.addOption(confirm);
    if (auto stop = cli.parse(parser, tr("Cancels a distribution. Its orders stay recorded, are not handed out, and "
                                         "come back if it is reinstated."),
                              {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        return cli.finish(
            CalendarService(store).cancelDistribution(parser.positionalArguments().first(), parser.isSet(confirm)));
    });
}

int CalendarCommands::reinstateDistribution(CliContext &cli)
{
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser, tr("Reinstates a cancelled distribution, with its orders."), {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        return cli.finish(CalendarService(store).reinstateDistribution(parser.positionalArguments().first()));
    });
}

int CalendarCommands::markDistributed(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption undo(u"undo"_s, tr("Mark it as not handed out after all."));
    parser.addOption(undo);
    if (auto stop = cli.parse(parser, tr("Marks a distribution as handed out."), {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        return cli.finish(
            CalendarService(store).setDistributed(parser.positionalArguments().first(), !parser.isSet(undo)));
    });
}
