#include "OrderCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "ListFormatOption.h"
#include "common/Money.h"
#include "common/PhoneNumber.h"
#include "domain/LinePricing.h"
#include "i18n/DomainWords.h"
#include "orders/BasketTotals.h"
#include "orders/OrderLineInput.h"
#include "orders/QuantityText.h"
#include "queries/DistributionOrdersQuery.h"
#include "queries/OrderEntryQuery.h"
#include "repositories/LateChangeRepository.h"
#include "services/MemberService.h"
#include "services/OrderService.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// `order validate` and `order cancel`: an order's id, --confirm-late, and what was done.
int changeStatus(CliContext &cli, const QString &description, const QString &confirmHelp,
                 Status (OrderService::*change)(const QString &, LatePolicy), const QString &doneText)
{
    QCommandLineParser parser;
    const QCommandLineOption confirmLate(u"confirm-late"_s, confirmHelp);
    parser.addOption(confirmLate);
    if (auto stop = cli.parse(parser, description, {u"ID"_s}))
        return *stop;
    const QString basketId = parser.positionalArguments().first();
    return cli.withStore([&](Store &store) {
        OrderService orders(store);
        return cli.finish(
            (orders.*change)(basketId, parser.isSet(confirmLate) ? LatePolicy::Record : LatePolicy::Refuse),
            doneText.arg(basketId));
    });
}
}

void OrderCommands::registerIn(CommandTable &table)
{
    table.add({{u"order"_s, u"add"_s}, QT_TRANSLATE_NOOP("Commands", "enter or complete a member’s order"), &add});
    table.add({{u"order"_s, u"show"_s}, QT_TRANSLATE_NOOP("Commands", "show an order with its lines"), &show});
    table.add({{u"order"_s, u"validate"_s}, QT_TRANSLATE_NOOP("Commands", "validate an order"), &validate});
    table.add({{u"order"_s, u"cancel"_s}, QT_TRANSLATE_NOOP("Commands", "cancel an order"), &cancel});
    table.add({{u"order"_s, u"list"_s}, QT_TRANSLATE_NOOP("Commands", "list the orders of a distribution"), &list});
}

int OrderCommands::add(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption distribution(u"distribution"_s, tr("The distribution."), u"ID"_s);
    const QCommandLineOption member(u"member"_s, tr("The member who orders."), u"ID"_s);
    const QCommandLineOption line(u"line"_s,
                                  tr("A product and its quantity: REF a product reference or id; QTY pieces, or "
                                     "kilograms with a decimal point or comma for a product priced by weight "
                                     "(“2”, “1.237”, “800 g”, “2 x 1.5” for two pieces of about 1.5 kg). "
                                     "Repeat for each product. A product already in the order gets the new "
                                     "quantity; QTY 0 takes it out of the order (refused when it is not in it)."),
                                  u"REF=QTY"_s);
    const QCommandLineOption validateOption(u"validate"_s, tr("Validate the order once entered."));
    const QCommandLineOption confirmLate(u"confirm-late"_s,
                                         tr("Confirm changes to catalogues whose ordering has closed; they are "
                                            "recorded as late changes. Without it they are refused (exit status 3)."));
    parser.addOptions({distribution, member, line, validateOption, confirmLate});
    if (auto stop = cli.parse(parser, tr("Enters a member’s order for a distribution, or completes the order they "
                                         "already have there (never a second one); --line REF=0 takes a product "
                                         "out. Prints the order’s id on the last line.")))
        return *stop;
    if (!parser.isSet(distribution))
        return cli.usageError(tr("Name the distribution with --distribution."));
    if (!parser.isSet(member))
        return cli.usageError(tr("Name the member with --member."));
    const QStringList lines = parser.values(line);
    if (lines.isEmpty())
        return cli.usageError(tr("Give at least one --line REF=QTY."));
    for (const QString &argument : lines) {
        if (argument.indexOf(u'=') <= 0)
            return cli.usageError(tr("“%1” is not a line: write --line REF=QTY.").arg(argument));
    }

    return cli.withStore([&](Store &store) {
        OrderService orders(store);
        auto actor = orders.actor();
        if (!actor)
            return cli.fail(actor.error());
        auto offer = OrderEntryQuery(store).load(parser.value(distribution), *actor);
        if (!offer)
            return cli.fail(offer.error());

        BasketEdit edit;
        edit.distributionId = parser.value(distribution);
        edit.memberId = parser.value(member);
        edit.validate = parser.isSet(validateOption);
        edit.late = parser.isSet(confirmLate) ? LatePolicy::Record : LatePolicy::Refuse;
        for (const QString &argument : lines) {
            auto request = OrderLineInput::read(argument, *offer, store);
            if (!request)
                return cli.fail(request.error());
            edit.lines.append(*request);
        }
        auto saved = orders.save(edit);
        if (!saved)
            return cli.fail(saved.error());

        auto total = orders.total(saved->basketId);
        auto memberRecord = MemberService(store).find(edit.memberId);
        if (!total || !memberRecord)
            return cli.fail(!total ? total.error() : memberRecord.error());
        cli.out() << (saved->created ? tr("New order of %1 for %2: %3, %4.")
                                     : tr("Order of %1 for %2 completed: %3, %4."))
                         .arg(memberRecord->displayName(), dateText(offer->distribution.date),
                              Money::format(*total, QLocale(), offer->currency),
                              saved->status == Basket::Status::Validated ? tr("validated") : tr("in progress"))
                  << '\n';
        if (saved->lateChanges > 0)
            cli.out() << tr("%n late change(s) recorded.", nullptr, saved->lateChanges) << '\n';
        return cli.created(saved->basketId);
    });
}

int OrderCommands::show(CliContext &cli)
{
    QCommandLineParser parser;
    if (auto stop = cli.parse(parser, tr("Shows an order: who, for which distribution, its status and its lines."),
                              {u"ID"_s}))
        return *stop;
    const QString basketId = parser.positionalArguments().first();
    return cli.withStore([&](Store &store) {
        OrderService orders(store);
        auto basket = orders.basket(basketId);
        if (!basket)
            return cli.fail(basket.error());
        auto actor = orders.actor();
        if (!actor)
            return cli.fail(actor.error());
        auto offer = OrderEntryQuery(store).load(basket->distributionId, *actor);
        if (!offer)
            return cli.fail(offer.error());
        auto lines = orders.linesInReach(basketId);
        if (!lines)
            return cli.fail(lines.error());
        if (actor->isProducer() && lines->isEmpty())
            return cli.fail(Error::notFound(tr("No order has the id “%1”.").arg(basketId)));

        QString who = tr("an anonymous cart");
        if (!basket->isAnonymous()) {
            auto member = MemberService(store).find(basket->memberId);
            if (!member)
                return cli.fail(member.error());
            who = member->displayName();
            if (!member->phone.isEmpty())
                who += u", "_s + PhoneNumber::display(member->phone);
        }
        QTextStream &out = cli.out();
        const QString currency = offer->currency;
        out << tr("Order %1").arg(basket->id) << '\n'
            << tr("Member: %1").arg(who) << '\n'
            << tr("Distribution: %1, %2").arg(dateText(offer->distribution.date), offer->placeName) << '\n'
            << tr("Status: %1").arg(DomainWords::basketStatus(basket->status));
        if (basket->validatedAt.isValid())
            out << ' ' << tr("(on %1)", "validated on a date and time").arg(basket->validatedAt.toString(Qt::ISODate));
        out << '\n' << tr("Source: %1").arg(DomainWords::basketSource(basket->source)) << '\n';

        ListOutput table({{u"reference"_s, tr("Ref.")},
                          {u"product"_s, tr("Product")},
                          {u"quantity"_s, tr("Quantity")},
                          {u"unit_price_cents"_s, tr("Price")},
                          {u"amount_cents"_s, tr("Amount")},
                          {u"catalogue"_s, tr("Catalogue")}});
        BasketTotals totals;
        for (const OrderLine &line : *lines) {
            const OfferedProduct *product = offer->product(line.productId);
            if (!product)
                continue;
            const qint64 amount = LinePricing::amount(product->product, line);
            const OfferedCatalogue &catalogue = offer->catalogueOf(*product);
            totals.add(amount, product->product.vatRateBasisPoints, catalogue.vatRegistered);
            const qint64 unit = LinePricing::unitPrice(product->product, line);
            table.addRow({product->product.reference,
                          product->product.name,
                          QuantityText::display(product->product, {line.quantity, line.estimatedGrams}),
                          {QString::number(unit), Money::format(unit, QLocale(), currency)
                                                      + (product->product.weightPriced ? tr("/kg") : QString())},
                          {QString::number(amount), Money::format(amount, QLocale(), currency)},
                          catalogue.name});
        }
        out << '\n';
        table.print(out, ListOutput::Format::Text);
        out << '\n' << tr("Total: %1").arg(Money::format(totals.totalCents(), QLocale(), currency)) << '\n';
        for (const BasketTotals::Rate &rate : totals.rates())
            out << tr("  including VAT %1 %: %2")
                       .arg(QLocale().toString(rate.basisPoints / 100.0, 'g', 4),
                            Money::format(rate.vatCents, QLocale(), currency))
                << '\n';
        auto late = LateChangeRepository(store).listForBasket(basketId);
        if (!late)
            return cli.fail(late.error());
        if (!late->isEmpty())
            out << tr("%n late change(s) recorded for this order.", nullptr, int(late->size())) << '\n';
        out.flush();
        return ExitStatus::done;
    });
}

int OrderCommands::validate(CliContext &cli)
{
    return changeStatus(cli, tr("Validates an order: each line’s price is frozen."),
                        tr("Confirm validating after a catalogue closed; it is recorded as a late change."),
                        &OrderService::validate, tr("Order %1 validated."));
}

int OrderCommands::cancel(CliContext &cli)
{
    return changeStatus(cli, tr("Cancels an order. It stays recorded and can be reopened."),
                        tr("Confirm cancelling a validated order after a catalogue closed; it is recorded as a late "
                           "change."),
                        &OrderService::cancel, tr("Order %1 cancelled."));
}

int OrderCommands::list(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption distribution(u"distribution"_s, tr("The distribution."), u"ID"_s);
    const QCommandLineOption inProgress(u"in-progress"_s, tr("Only the orders in progress (not validated)."));
    ListFormatOption format;
    parser.addOptions({distribution, inProgress, format});
    if (auto stop = cli.parse(parser, tr("Lists every order of a distribution, members by name, then the "
                                         "anonymous carts (with no member).")))
        return *stop;
    if (!parser.isSet(distribution))
        return cli.usageError(tr("Name the distribution with --distribution."));
    if (auto stop = format.read(cli, parser))
        return *stop;
    return cli.withStore([&](Store &store) {
        auto actor = OrderService(store).actor();
        if (!actor)
            return cli.fail(actor.error());
        auto orders = DistributionOrdersQuery(store).of(parser.value(distribution), *actor);
        if (!orders)
            return cli.fail(orders.error());

        using Cell = ListOutput::Cell;
        ListOutput output({{u"id"_s, tr("Id")},
                           {u"member_id"_s, {}},
                           {u"member_name"_s, tr("Member")},
                           {u"phone"_s, tr("Phone")},
                           {u"status"_s, tr("Status")},
                           {u"source"_s, tr("Source")},
                           {u"total_cents"_s, tr("Total")},
                           {u"line_count"_s, tr("Lines")},
                           {u"late_change_count"_s, {}},
                           {u"validated_at"_s, {}},
                           {u"updated_at"_s, tr("Last change")},
                           {u"updated_by"_s, tr("By")}});
        const auto money = [&](qint64 cents) {
            return Cell(QString::number(cents), Money::format(cents, QLocale(), orders->currency));
        };
        for (const OrderRow &row : orders->rows) {
            if (parser.isSet(inProgress) && row.status != Basket::Status::InProgress)
                continue;
            output.addRow({row.basketId, row.memberId,
                           Cell(row.memberName, row.isAnonymous() ? tr("(anonymous cart)") : row.memberName),
                           Cell::phone(row.phone), Cell(Basket::statusKey(row.status), DomainWords::basketStatus(row.status)),
                           Cell(Basket::sourceKey(row.source), DomainWords::basketSource(row.source)),
                           money(row.totalCents), Cell::integer(row.lineCount), Cell::integer(row.lateChangeCount),
                           Cell::instant(row.validatedAt), Cell::instant(row.lastChangeAt), row.lastChangeBy});
        }
        return format.print(cli, output);
    });
}
