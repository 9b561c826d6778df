#include "MemberCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "ListOutput.h"
#include "services/MemberService.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

void MemberCommands::registerIn(CommandTable &table)
{
    table.add({{u"member"_s, u"list"_s}, QT_TRANSLATE_NOOP("Commands", "list the members"), &list});
}

int MemberCommands::list(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption search(u"search"_s, tr("Only members whose name, phone, e-mail or town contains TEXT "
                                                   "(accents and case ignored)."),
                                    u"TEXT"_s);
    const QCommandLineOption archived(u"archived"_s, tr("Include archived members."));
    const QCommandLineOption format(u"format"_s, ListOutput::formatHelp(), u"text|csv"_s, u"text"_s);
    parser.addOptions({search, archived, format});
    if (auto stop = cli.parse(parser, tr("Lists the members, by name.")))
        return *stop;
    const auto outputFormat = ListOutput::formatFrom(parser.value(format));
    if (!outputFormat)
        return cli.usageError(tr("Unknown format “%1”: text or csv.").arg(parser.value(format)));

    auto store = cli.store();
    if (!store)
        return cli.fail(store.error());
    MemberFilter filter;
    filter.text = parser.value(search);
    filter.includeArchived = parser.isSet(archived);
    auto members = MemberService(**store).list(filter);
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
    output.print(cli.out(), *outputFormat);
    return ExitStatus::done;
}
