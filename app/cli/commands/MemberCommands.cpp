#include "MemberCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "ImportOptions.h"
#include "ListFormatOption.h"
#include "common/PhoneNumber.h"
#include "services/MemberAnonymiser.h"
#include "services/MemberExport.h"
#include "services/MemberImport.h"
#include "services/MemberMerge.h"
#include "services/MemberService.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

void MemberCommands::registerIn(CommandTable &table)
{
    table.add({{u"member"_s, u"add"_s}, QT_TRANSLATE_NOOP("Commands", "record a new member"), &add});
    table.add({{u"member"_s, u"list"_s}, QT_TRANSLATE_NOOP("Commands", "list the members"), &list});
    table.add({{u"member"_s, u"show"_s}, QT_TRANSLATE_NOOP("Commands", "show a member’s record"), &show});
    table.add({{u"member"_s, u"import"_s},
               QT_TRANSLATE_NOOP("Commands", "import members from a CSV file (Cagette’s layout or named columns)"),
               &importMembers});
    table.add({{u"member"_s, u"export"_s}, QT_TRANSLATE_NOOP("Commands", "write the member list to a CSV file"),
               &exportMembers});
    table.add({{u"member"_s, u"archive"_s}, QT_TRANSLATE_NOOP("Commands", "archive a member (or restore one)"),
               &archive});
    table.add({{u"member"_s, u"erase"_s}, QT_TRANSLATE_NOOP("Commands", "erase a member who has no orders"),
               &erase});
    table.add({{u"member"_s, u"merge"_s},
               QT_TRANSLATE_NOOP("Commands", "merge two records of one person (orders move to the kept one)"),
               &merge});
    table.add({{u"member"_s, u"anonymise"_s},
               QT_TRANSLATE_NOOP("Commands", "forget a member who asks for it (orders stay, as a former member)"),
               &anonymise});
}

int MemberCommands::add(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption firstName(u"first-name"_s, tr("The first name."), u"F"_s);
    const QCommandLineOption lastName(u"last-name"_s, tr("The last name."), u"L"_s);
    const QCommandLineOption phone(u"phone"_s, tr("The phone number (06 12 34 56 78, +33 6…)."), u"P"_s);
    const QCommandLineOption email(u"email"_s, tr("The e-mail address (optional)."), u"E"_s);
    const QCommandLineOption address(u"address"_s, tr("The street address."), u"TEXT"_s);
    const QCommandLineOption postcode(u"postcode"_s, tr("The postcode."), u"CODE"_s);
    const QCommandLineOption town(u"town"_s, tr("The town."), u"TOWN"_s);
    const QCommandLineOption notes(u"notes"_s, tr("Notes about the member."), u"TEXT"_s);
    const QCommandLineOption notifications(u"notifications"_s,
                                           tr("Send the group’s messages by e-mail (needs --email)."));
    const QCommandLineOption force(u"force"_s, tr("Record the member even when they look like someone already "
                                                  "recorded (same phone, e-mail or name)."));
    parser.addOptions({firstName, lastName, phone, email, address, postcode, town, notes, notifications, force});
    if (auto stop = cli.parse(parser,
                              tr("Records a new member: a name and a phone number or an e-mail address. A member "
                                 "who looks like someone already recorded is refused with exit status 3, naming "
                                 "them, unless --force. Prints the new member’s id on the last line.")))
        return *stop;
    Member member;
    member.firstName = parser.value(firstName);
    member.lastName = parser.value(lastName);
    member.phone = parser.value(phone);
    member.email = parser.value(email);
    member.address1 = parser.value(address);
    member.postcode = parser.value(postcode);
    member.town = parser.value(town);
    member.notes = parser.value(notes);
    member.notifications = parser.isSet(notifications);

    return cli.withStore([&](Store &store) {
        MemberService members(store);
        auto id = members.add(member, parser.isSet(force) ? DuplicatePolicy::Allow : DuplicatePolicy::Refuse);
        if (!id && id.error().kind() == ErrorKind::NeedsConfirmation) {
            // Scripts get the ids of the members already recorded, people the reason.
            QStringList lines{id.error().message()};
            if (auto matches = members.duplicatesOf(member)) {
                for (const DuplicateMatch &match : *matches)
                    lines.append(tr("  existing member: %1 (%2)").arg(match.existing.id, match.existing.displayName()));
            }
            lines.append(tr("Add --force to record the new member anyway."));
            return cli.fail(Error(ErrorKind::NeedsConfirmation, lines.join(u'\n')));
        }
        return cli.created(id);
    });
}

int MemberCommands::list(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption search(u"search"_s, tr("Only members whose name, phone, e-mail or town contains TEXT "
                                                   "(accents and case ignored)."),
                                    u"TEXT"_s);
    const QCommandLineOption archived(u"archived"_s, tr("Include archived members."));
    ListFormatOption format;
    parser.addOptions({search, archived, format});
    if (auto stop = cli.parse(parser, tr("Lists the members, by name.")))
        return *stop;
    if (auto stop = format.read(cli, parser))
        return *stop;
    MemberFilter filter;
    filter.text = parser.value(search);
    filter.includeArchived = parser.isSet(archived);
    return cli.withStore([&](Store &store) {
        auto members = MemberService(store).list(filter);
        if (!members)
            return cli.fail(members.error());

        using Cell = ListOutput::Cell;
        ListOutput output({{u"id"_s, tr("Id")},
                           {u"last_name"_s, tr("Last name")},
                           {u"first_name"_s, tr("First name")},
                           {u"phone"_s, tr("Phone")},
                           {u"email"_s, tr("E-mail")},
                           {u"partner_first_name"_s, {}},
                           {u"partner_last_name"_s, {}},
                           {u"partner_phone"_s, {}},
                           {u"partner_email"_s, {}},
                           {u"address1"_s, {}},
                           {u"address2"_s, {}},
                           {u"postcode"_s, {}},
                           {u"town"_s, tr("Town")},
                           {u"notifications"_s, {}},
                           {u"member_since"_s, {}},
                           {u"archived"_s, filter.includeArchived ? tr("Archived") : QString()},
                           {u"updated_at"_s, {}}});
        for (const Member &member : *members) {
            output.addRow({member.id, member.lastName, member.firstName, Cell::phone(member.phone), member.email,
                           member.partnerFirstName, member.partnerLastName, Cell::phone(member.partnerPhone),
                           member.partnerEmail, member.address1, member.address2, member.postcode, member.town,
                           Cell::flag(member.notifications), Cell::date(member.memberSince),
                           Cell::flag(member.archived), Cell::instant(member.stamp.updatedAt)});
        }
        return format.print(cli, output);
    });
}

int MemberCommands::show(CliContext &cli)
{
    return cli.show(tr("Shows a member’s record."), [&](Store &store, const QString &id) -> Result<QString> {
        MemberService members(store);
        auto member = members.find(id);
        if (!member)
            return member.error();
        auto orders = members.orderCount(id);
        QTextStream &out = cli.out();
        out << member->displayName() << '\n';
        cli.showField(tr("Phone"), PhoneNumber::display(member->phone));
        cli.showField(tr("E-mail"), member->email.isEmpty() ? tr("none (reached by telephone)") : member->email);
        cli.showField(tr("Notifications"), member->notifications ? tr("by e-mail") : tr("off"));
        cli.showField(tr("Second person"),
                      QStringList{member->partnerFirstName, member->partnerLastName}.join(u' ').trimmed());
        cli.showField(tr("Second person’s phone"), PhoneNumber::display(member->partnerPhone));
        cli.showField(tr("Second person’s e-mail"), member->partnerEmail);
        QStringList address{member->address1, member->address2};
        address.removeAll(QString());
        cli.showField(tr("Address"), address.join(u", "_s));
        cli.showField(tr("Town"), QStringList{member->postcode, member->town}.join(u' ').trimmed());
        cli.showField(tr("Member since"), member->memberSince.toString(Qt::ISODate));
        if (member->anonymised)
            out << tr("Forgotten at their request; their orders stay in the totals.") << '\n';
        else if (member->archived)
            out << tr("Archived") << '\n';
        if (orders)
            out << tr("%n order(s)", nullptr, *orders) << '\n';
        cli.showField(tr("Notes"), member->notes);
        return member->id;
    });
}

int MemberCommands::importMembers(CliContext &cli)
{
    QCommandLineParser parser;
    const ImportOptions import;
    parser.addOptions(import.options());
    if (auto stop = cli.parse(parser,
                              tr("Imports members from a CSV file: Cagette’s member export (no header: firstName, "
                                 "lastName, email, phone, firstName2, lastName2, email2, phone2, address1, "
                                 "address2, zipCode, city) or a header naming the columns in French or English. "
                                 "Separator (comma, semicolon, tab) and encoding (UTF-8, Windows-1252) are found "
                                 "by looking. A row naming a member already recorded only fills their empty "
                                 "fields. Prints “created N, matched M, errors K”; rows in error are reported on "
                                 "stderr as “line L: reason” and left out, unless --strict refuses the whole "
                                 "file. The import is one transaction."),
                              {u"FILE"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        MemberImport members(store);
        auto plan = members.planFile(parser.positionalArguments().first());
        if (!plan)
            return cli.fail(plan.error());
        return import.run(cli, parser, *plan, [&] { return members.commit(*plan, MatchAction::FillEmptyFields); });
    });
}

int MemberCommands::exportMembers(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption search(u"search"_s, tr("Only members whose name, phone, e-mail or town contains TEXT."),
                                    u"TEXT"_s);
    const QCommandLineOption archived(u"archived"_s, tr("Include archived members."));
    const QCommandLineOption format(u"format"_s,
                                    tr("csv: RFC 4180 with the columns of `member list --format csv` (the default); "
                                       "spreadsheet: semicolons, UTF-8 with BOM, headers in the language of the "
                                       "interface, phones written for people (06 12 34 56 78)."),
                                    u"csv|spreadsheet"_s, u"csv"_s);
    parser.addOptions({search, archived, format});
    if (auto stop = cli.parse(parser,
                              tr("Writes the member list to a CSV file, by name; `member import` reads it back. "
                                 "Prints how many members were written."),
                              {u"FILE"_s}))
        return *stop;
    CsvWriter::Dialect dialect = CsvWriter::Dialect::Rfc4180;
    if (parser.value(format) == "spreadsheet"_L1)
        dialect = CsvWriter::Dialect::FrenchSpreadsheet;
    else if (parser.value(format) != "csv"_L1)
        return cli.usageError(tr("Unknown format “%1”: csv or spreadsheet.").arg(parser.value(format)));
    MemberListRequest request;
    request.text = parser.value(search);
    request.includeArchived = parser.isSet(archived);
    return cli.withStore([&](Store &store) {
        auto written = MemberExport(store).write(parser.positionalArguments().first(), request, dialect);
        if (!written)
            return cli.fail(written.error());
        cli.out() << tr("exported %n member(s)", nullptr, *written) << '\n';
        return ExitStatus::done;
    });
}

int MemberCommands::archive(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption restore(u"restore"_s, tr("Take the member out of the archive instead."));
    parser.addOption(restore);
    if (auto stop = cli.parse(parser,
                              tr("Archives a member: they leave the list, their orders stay. A member with orders "
                                 "is archived, never erased."),
                              {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        return cli.finish(
            MemberService(store).setArchived(parser.positionalArguments().first(), !parser.isSet(restore)),
            parser.isSet(restore) ? tr("restored") : tr("archived"));
    });
}

int MemberCommands::erase(CliContext &cli)
{
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser,
                              tr("Erases a member who has no orders. A member with orders is refused: archive "
                                 "them instead."),
                              {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        return cli.finish(MemberService(store).erase(parser.positionalArguments().first()), tr("erased"));
    });
}

int MemberCommands::merge(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Only say what the merge would do; write nothing."));
    parser.addOption(dryRun);
    if (auto stop = cli.parse(parser,
                              tr("Merges two records of one person in one transaction: the orders of DUPLICATE "
                                 "move to KEEP (both ordering for one distribution: lines combined, quantities "
                                 "added), the empty fields of KEEP are filled from DUPLICATE, whose other phone "
                                 "and e-mail go to the notes, and DUPLICATE is erased."),
                              {u"KEEP"_s, u"DUPLICATE"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        const QStringList ids = parser.positionalArguments();
        MemberMerge merger(store);
        auto report = parser.isSet(dryRun) ? merger.plan(ids.at(0), ids.at(1)) : merger.merge(ids.at(0), ids.at(1));
        if (!report)
            return cli.fail(report.error());
        QTextStream &out = cli.out();
        out << u"moved %1, combined %2, dropped %3"_s.arg(report->basketsMoved)
                   .arg(report->basketsCombined)
                   .arg(report->basketsDropped)
            << '\n';
        if (!report->fieldsFilled.isEmpty())
            out << u"filled %1"_s.arg(report->fieldsFilled.join(u", "_s)) << '\n';
        if (!report->linesToWeighAgain.isEmpty())
            out << tr("%n line(s) to weigh again", nullptr, int(report->linesToWeighAgain.size())) << '\n';
        out << report->kept.id << '\n';
        return ExitStatus::done;
    });
}

int MemberCommands::anonymise(CliContext &cli)
{
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser,
                              tr("Forgets a member who asks for it: name, phones, e-mails, address and notes are "
                                 "removed for good, also from the history of changes. Their orders stay in the "
                                 "totals as a former member. Cannot be undone."),
                              {u"ID"_s}))
        return *stop;
    return cli.withStore([&](Store &store) {
        return cli.finish(MemberAnonymiser(store).anonymise(parser.positionalArguments().first()), tr("anonymised"));
    });
}
