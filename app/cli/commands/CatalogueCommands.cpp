#include "CatalogueCommands.h"

#include "CliContext.h"
#include "CommandTable.h"
#include "ExitStatus.h"
#include "ImportOptions.h"
#include "ListFormatOption.h"
#include "common/Money.h"
#include "common/PhoneNumber.h"
#include "i18n/DomainWords.h"
#include "services/CatalogueAccess.h"
#include "services/CatalogueService.h"
#include "services/ProductCsvLayout.h"
#include "services/ProductExport.h"
#include "services/ProductImport.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QTime>

using namespace Qt::StringLiterals;

namespace {

QString vatText(int basisPoints)
{
    return QLocale().toString(basisPoints / 100.0, 'g', 4) + u" %"_s;
}

}

void CatalogueCommands::registerIn(CommandTable &table)
{
    table.add({{u"producer"_s, u"add"_s}, QT_TRANSLATE_NOOP("Commands", "add a producer"), &addProducer});
    table.add({{u"producer"_s, u"list"_s}, QT_TRANSLATE_NOOP("Commands", "list the producers"), &listProducers});
    table.add({{u"producer"_s, u"show"_s}, QT_TRANSLATE_NOOP("Commands", "show a producer and their catalogues"),
               &showProducer});
    table.add({{u"catalogue"_s, u"add"_s}, QT_TRANSLATE_NOOP("Commands", "add a producer’s catalogue"), &addCatalogue});
    table.add({{u"catalogue"_s, u"list"_s}, QT_TRANSLATE_NOOP("Commands", "list the catalogues"), &listCatalogues});
    table.add({{u"catalogue"_s, u"show"_s}, QT_TRANSLATE_NOOP("Commands", "show a catalogue and its products"),
               &showCatalogue});
    table.add({{u"product"_s, u"add"_s}, QT_TRANSLATE_NOOP("Commands", "add a product to a catalogue"), &addProduct});
    table.add({{u"product"_s, u"list"_s}, QT_TRANSLATE_NOOP("Commands", "list a catalogue’s products"), &listProducts});
    table.add({{u"product"_s, u"show"_s}, QT_TRANSLATE_NOOP("Commands", "show a product"), &showProduct});
    table.add({{u"product"_s, u"import"_s},
               QT_TRANSLATE_NOOP("Commands", "import a catalogue’s products from a CSV file (Cagette’s layout)"),
               &importProducts});
    table.add({{u"product"_s, u"export"_s},
               QT_TRANSLATE_NOOP("Commands", "export a catalogue’s products to a CSV file (Cagette’s layout)"),
               &exportProducts});
}

// Producers

int CatalogueCommands::addProducer(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, tr("The farm or business name (required)."), u"NAME"_s);
    const QCommandLineOption contact(u"contact"_s, tr("The contact person."), u"NAME"_s);
    const QCommandLineOption phone(u"phone"_s, tr("Phone number, e.g. 06 12 34 56 78."), u"PHONE"_s);
    const QCommandLineOption email(u"email"_s, tr("E-mail address."), u"EMAIL"_s);
    const QCommandLineOption siret(u"siret"_s, tr("SIRET number (14 digits)."), u"SIRET"_s);
    const QCommandLineOption exempt(u"vat-exempt"_s,
                                    tr("The producer is VAT-exempt (“TVA non applicable, art. 293 B du CGI”)."));
    parser.addOptions({name, contact, phone, email, siret, exempt});
    if (auto stop = cli.parse(parser, tr("Adds a producer. Prints the new producer’s id on the last line.")))
        return *stop;
    if (!parser.isSet(name))
        return cli.usageError(tr("Name the producer with --name."));
    Producer producer;
    producer.name = parser.value(name);
    producer.contactName = parser.value(contact);
    producer.phone = parser.value(phone);
    producer.email = parser.value(email);
    producer.siret = parser.value(siret);
    producer.vatRegistered = !parser.isSet(exempt);
    return cli.withStore([&](Store &store) { return cli.created(CatalogueService(store).addProducer(producer)); });
}

int CatalogueCommands::listProducers(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption archived(u"archived"_s, tr("Include archived producers."));
    ListFormatOption format;
    parser.addOptions({archived, format});
    if (auto stop = cli.parse(parser, tr("Lists the producers, by name.")))
        return *stop;
    if (auto stop = format.read(cli, parser))
        return *stop;
    return cli.withStore([&](Store &store) {
        auto producers = CatalogueService(store).producers(parser.isSet(archived));
        if (!producers)
            return cli.fail(producers.error());
        using Cell = ListOutput::Cell;
        ListOutput output({{u"id"_s, tr("Id")},
                           {u"name"_s, tr("Name")},
                           {u"contact_name"_s, tr("Contact")},
                           {u"phone"_s, tr("Phone")},
                           {u"email"_s, tr("E-mail")},
                           {u"siret"_s, {}},
                           {u"vat_registered"_s, tr("VAT")},
                           {u"archived"_s, parser.isSet(archived) ? tr("Archived") : QString()},
                           {u"updated_at"_s, {}}});
        for (const Producer &producer : *producers) {
            const QString vat = producer.vatRegistered ? tr("included") : tr("exempt");
            output.addRow({producer.id, producer.name, producer.contactName, Cell::phone(producer.phone),
                           producer.email, producer.siret, {producer.vatRegistered ? u"1"_s : u"0"_s, vat},
                           Cell::flag(producer.archived), Cell::instant(producer.stamp.updatedAt)});
        }
        return format.print(cli, output);
    });
}

int CatalogueCommands::showProducer(CliContext &cli)
{
    const QString description = tr("Shows a producer and their catalogues.");
    return cli.show(description, [&](Store &store, const QString &id) -> Result<QString> {
        CatalogueService catalogues(store);
        auto producer = catalogues.producer(id);
        if (!producer)
            return producer.error();
        // The same reach as `producer list`: a producer sees their own record only.
        auto access = CatalogueAccess::of(store);
        if (!access)
            return access.error();
        if (Status seen = access->maySeeProducer(producer->id); !seen)
            return seen.error();
        QTextStream &out = cli.out();
        out << producer->name << (producer->archived ? tr(" (archived)") : QString()) << '\n';
        if (!producer->contactName.isEmpty())
            out << tr("Contact: %1").arg(producer->contactName) << '\n';
        if (!producer->phone.isEmpty())
            out << tr("Phone: %1").arg(PhoneNumber::display(producer->phone)) << '\n';
        if (!producer->email.isEmpty())
            out << tr("E-mail: %1").arg(producer->email) << '\n';
        if (!producer->siret.isEmpty())
            out << tr("SIRET: %1").arg(producer->siret) << '\n';
        out << (producer->vatRegistered ? tr("Prices include VAT.")
                                        : tr("VAT-exempt: “TVA non applicable, art. 293 B du CGI”."))
            << '\n';
        auto ofProducer = catalogues.cataloguesOf(producer->id);
        if (!ofProducer)
            return ofProducer.error();
        out << tr("Catalogues:") << '\n';
        for (const Catalogue &catalogue : *ofProducer)
            out << u"  "_s << catalogue.id << u"  "_s << catalogue.name
                << (catalogue.active ? QString() : tr(" (inactive)")) << '\n';
        return producer->id;
    });
}

// Catalogues

int CatalogueCommands::addCatalogue(CliContext &cli)
{
    QCommandLineParser parser;
    const OrderingRule defaults;
    const QCommandLineOption producer(u"producer"_s, tr("The producer’s id (required)."), u"ID"_s);
    const QCommandLineOption name(u"name"_s, tr("The catalogue’s name (required)."), u"NAME"_s);
    const QCommandLineOption opensDays(u"opens-days-before"_s, tr("Orders open N days before each distribution."),
                                       u"N"_s, QString::number(defaults.opensDaysBefore));
    const QCommandLineOption opensAt(u"opens-at"_s, tr("… at this local time."), u"HH:MM"_s,
                                     defaults.opensAtTime.toString(u"HH:mm"_s));
    const QCommandLineOption closesHours(u"closes-hours-before"_s,
                                         tr("Orders close H hours before the distribution starts, on the wall clock."),
                                         u"H"_s, QString::number(defaults.closesHoursBefore));
    parser.addOptions({producer, name, opensDays, opensAt, closesHours});
    if (auto stop = cli.parse(parser, tr("Adds a catalogue to a producer, with its default ordering rule. Prints "
                                         "the new catalogue’s id on the last line.")))
        return *stop;
    if (!parser.isSet(producer))
        return cli.usageError(tr("Name the producer with --producer."));
    if (!parser.isSet(name))
        return cli.usageError(tr("Name the catalogue with --name."));
    bool daysOk = false;
    bool hoursOk = false;
    Catalogue catalogue;
    catalogue.producerId = parser.value(producer);
    catalogue.name = parser.value(name);
    catalogue.rule.opensDaysBefore = parser.value(opensDays).toInt(&daysOk);
    catalogue.rule.closesHoursBefore = parser.value(closesHours).toInt(&hoursOk);
    catalogue.rule.opensAtTime = QTime::fromString(parser.value(opensAt), u"H:mm"_s);
    if (!daysOk)
        return cli.usageError(tr("--opens-days-before takes a number of days."));
    if (!hoursOk)
        return cli.usageError(tr("--closes-hours-before takes a number of hours."));
    if (!catalogue.rule.opensAtTime.isValid())
        return cli.usageError(tr("--opens-at takes a time, e.g. 08:00."));
    return cli.withStore([&](Store &store) { return cli.created(CatalogueService(store).addCatalogue(catalogue)); });
}

int CatalogueCommands::listCatalogues(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption producer(u"producer"_s, tr("Only this producer’s catalogues."), u"ID"_s);
    const QCommandLineOption inactive(u"inactive"_s, tr("Include inactive catalogues."));
    ListFormatOption format;
    parser.addOptions({producer, inactive, format});
    if (auto stop = cli.parse(parser, tr("Lists the catalogues, by name, with their ordering rule.")))
        return *stop;
    if (auto stop = format.read(cli, parser))
        return *stop;
    return cli.withStore([&](Store &store) {
        CatalogueService catalogues(store);
        auto producers = catalogues.producers(true);
        if (!producers)
            return cli.fail(producers.error());
        QHash<QString, QString> producerNames;
        for (const Producer &one : *producers)
            producerNames.insert(one.id, one.name);
        // Another producer's, for a producer acting: known, and none of their catalogues listed.
        if (parser.isSet(producer) && !producerNames.contains(parser.value(producer))) {
            if (auto found = catalogues.producer(parser.value(producer)); !found)
                return cli.fail(found.error());
        }
        auto list = parser.isSet(producer) ? catalogues.cataloguesOf(parser.value(producer)) : catalogues.catalogues();
        if (!list)
            return cli.fail(list.error());

        using Cell = ListOutput::Cell;
        ListOutput output({{u"id"_s, tr("Id")},
                           {u"producer_id"_s, {}},
                           {u"producer_name"_s, tr("Producer")},
                           {u"name"_s, tr("Catalogue")},
                           {u"opens_days_before"_s, tr("Opens (days before)")},
                           {u"opens_at"_s, tr("at")},
                           {u"closes_hours_before"_s, tr("Closes (hours before)")},
                           {u"active"_s, parser.isSet(inactive) ? tr("Active") : QString()},
                           {u"updated_at"_s, {}}});
        for (const Catalogue &catalogue : *list) {
            if (!catalogue.active && !parser.isSet(inactive))
                continue;
            output.addRow({catalogue.id, catalogue.producerId, producerNames.value(catalogue.producerId),
                           catalogue.name, Cell::integer(catalogue.rule.opensDaysBefore),
                           catalogue.rule.opensAtTime.toString(u"HH:mm"_s),
                           Cell::integer(catalogue.rule.closesHoursBefore), Cell::flag(catalogue.active),
                           Cell::instant(catalogue.stamp.updatedAt)});
        }
        return format.print(cli, output);
    });
}

int CatalogueCommands::showCatalogue(CliContext &cli)
{
    const QString description = tr("Shows a catalogue, its ordering rule and its products.");
    return cli.show(description, [&](Store &store, const QString &id) -> Result<QString> {
        CatalogueService catalogues(store);
        auto catalogue = catalogues.catalogue(id);
        if (!catalogue)
            return catalogue.error();
        auto producer = catalogues.producer(catalogue->producerId);
        auto products = catalogues.products(catalogue->id, true);
        if (!products)
            return products.error();
        QTextStream &out = cli.out();
        out << catalogue->name << (catalogue->active ? QString() : tr(" (inactive)")) << '\n';
        out << tr("Producer: %1").arg(producer ? producer->name : catalogue->producerId) << '\n';
        out << tr("Orders open %n day(s) before at %1", nullptr, catalogue->rule.opensDaysBefore)
                   .arg(catalogue->rule.opensAtTime.toString(u"HH:mm"_s))
            << tr(", close %n hour(s) before the distribution.", nullptr, catalogue->rule.closesHoursBefore)
            << '\n';
        out << tr("Products: %1").arg(products->size()) << '\n';
        for (const Product &product : *products) {
            out << u"  "_s << (product.reference.isEmpty() ? u"-"_s : product.reference) << u"  "_s
                << product.name << u"  "_s << Money::format(product.priceCents)
                << (product.weightPriced ? tr(" per kg") : QString())
                << (product.active ? QString() : tr(" (inactive)")) << '\n';
        }
        return catalogue->id;
    });
}

// Products

int CatalogueCommands::addProduct(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption catalogue(u"catalogue"_s, tr("The catalogue’s id (required)."), u"ID"_s);
    const QCommandLineOption name(u"name"_s, tr("The product’s name (required)."), u"NAME"_s);
    const QCommandLineOption price(u"price"_s,
                                   tr("Price including VAT in euros, e.g. 3,50 or 3.50 (required); per kilogram "
                                      "for a product priced by weight."),
                                   u"EUROS"_s);
    const QCommandLineOption reference(u"ref"_s, tr("Reference, unique in the catalogue."), u"REF"_s);
    const QCommandLineOption description(u"desc"_s, tr("Description."), u"TEXT"_s);
    const QCommandLineOption unit(u"unit"_s, tr("piece (the default), kg, g, l, cl or ml."), u"UNIT"_s, u"piece"_s);
    const QCommandLineOption content(u"content"_s, tr("Content of one unit in that unit, e.g. 500 for a 500 g jar."),
                                     u"QTY"_s);
    const QCommandLineOption vat(u"vat"_s, tr("VAT rate in percent: 5.5 (the default), 10, 20…"), u"RATE"_s,
                                 u"5.5"_s);
    const QCommandLineOption weightPriced(u"weight-priced"_s,
                                          tr("Priced by weight (“prix variable”): the amount follows the weighed "
                                             "quantity; ordered by weight unless --piece-weight is given."));
    const QCommandLineOption pieceWeight(u"piece-weight"_s,
                                         tr("For a product priced by weight, ordered by the piece: its estimated "
                                            "weight in grams."),
                                         u"GRAMS"_s);
    const QCommandLineOption organic(u"organic"_s, tr("Organic."));
    const QCommandLineOption bulk(u"bulk"_s, tr("Sold in bulk."));
    const QCommandLineOption inactive(u"inactive"_s, tr("Not offered at new distributions for now."));
    parser.addOptions({catalogue, name, price, reference, description, unit, content, vat, weightPriced, pieceWeight,
                       organic, bulk, inactive});
    if (auto stop = cli.parse(parser, tr("Adds a product to a catalogue. Prints the new product’s id on the last "
                                         "line.")))
        return *stop;
    if (!parser.isSet(catalogue))
        return cli.usageError(tr("Name the catalogue with --catalogue."));
    if (!parser.isSet(name))
        return cli.usageError(tr("Name the product with --name."));
    if (!parser.isSet(price))
        return cli.usageError(tr("Give the price with --price, e.g. --price 3,50."));

    Product product;
    product.catalogueId = parser.value(catalogue);
    product.name = parser.value(name);
    product.reference = parser.value(reference);
    product.description = parser.value(description);
    const auto cents = Money::parse(parser.value(price));
    if (!cents)
        return cli.usageError(tr("“%1” is not an amount in euros (e.g. 3,50).").arg(parser.value(price)));
    product.priceCents = *cents;
    if (!Product::unitFromKey(parser.value(unit).toLower(), &product.unit))
        return cli.usageError(tr("“%1” is not a unit: piece, kg, g, l, cl or ml.").arg(parser.value(unit)));
    if (parser.isSet(content)) {
        const auto thousandths = Decimal::parseThousandths(parser.value(content));
        if (!thousandths)
            return cli.usageError(tr("“%1” is not a quantity (e.g. 500 or 0,75).").arg(parser.value(content)));
        product.contentThousandths = *thousandths;
    }
    const auto rate = ProductCsvLayout::vatFrom(parser.value(vat));
    if (!rate)
        return cli.usageError(tr("“%1” is not a VAT rate (e.g. 5.5).").arg(parser.value(vat)));
    product.vatRateBasisPoints = *rate;
    product.weightPriced = parser.isSet(weightPriced);
    if (parser.isSet(pieceWeight)) {
        bool ok = false;
        product.pieceWeightGrams = parser.value(pieceWeight).toInt(&ok);
        if (!ok)
            return cli.usageError(tr("--piece-weight takes a weight in grams."));
    }
    if (product.weightPriced)
        product.unit = Product::Unit::Kilogram;
    product.organic = parser.isSet(organic);
    product.bulk = parser.isSet(bulk);
    product.active = !parser.isSet(inactive);

    return cli.withStore([&](Store &store) { return cli.created(CatalogueService(store).addProduct(product)); });
}

int CatalogueCommands::listProducts(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption catalogue(u"catalogue"_s, tr("The catalogue’s id (required)."), u"ID"_s);
    const QCommandLineOption inactive(u"inactive"_s, tr("Include inactive products."));
    ListFormatOption format;
    parser.addOptions({catalogue, inactive, format});
    if (auto stop = cli.parse(parser, tr("Lists a catalogue’s products, by name.")))
        return *stop;
    if (!parser.isSet(catalogue))
        return cli.usageError(tr("Name the catalogue with --catalogue."));
    if (auto stop = format.read(cli, parser))
        return *stop;
    return cli.withStore([&](Store &store) {
        CatalogueService catalogues(store);
        if (auto found = catalogues.catalogue(parser.value(catalogue)); !found)
            return cli.fail(found.error());
        auto products = catalogues.products(parser.value(catalogue), parser.isSet(inactive));
        if (!products)
            return cli.fail(products.error());

        using Cell = ListOutput::Cell;
        ListOutput output({{u"id"_s, tr("Id")},
                           {u"catalogue_id"_s, {}},
                           {u"reference"_s, tr("Reference")},
                           {u"name"_s, tr("Product")},
                           {u"unit"_s, tr("Sold")},
                           {u"content_thousandths"_s, {}},
                           {u"price_cents"_s, tr("Price")},
                           {u"vat_rate_bp"_s, tr("VAT")},
                           {u"weight_priced"_s, {}},
                           {u"piece_weight_grams"_s, {}},
                           {u"organic"_s, tr("Organic")},
                           {u"bulk"_s, tr("Bulk")},
                           {u"active"_s, parser.isSet(inactive) ? tr("Active") : QString()},
                           {u"updated_at"_s, {}}});
        for (const Product &product : *products) {
            output.addRow({product.id,
                           product.catalogueId,
                           product.reference,
                           product.name,
                           {Product::unitKey(product.unit), DomainWords::soldBy(product)},
                           Cell::integer(product.contentThousandths),
                           {QString::number(product.priceCents),
                            Money::format(product.priceCents) + (product.weightPriced ? tr(" per kg") : QString())},
                           {QString::number(product.vatRateBasisPoints), vatText(product.vatRateBasisPoints)},
                           Cell::flag(product.weightPriced),
                           Cell::integer(product.pieceWeightGrams),
                           Cell::flag(product.organic),
                           Cell::flag(product.bulk),
                           Cell::flag(product.active),
                           Cell::instant(product.stamp.updatedAt)});
        }
        return format.print(cli, output);
    });
}

int CatalogueCommands::showProduct(CliContext &cli)
{
    return cli.show(tr("Shows a product."), [&](Store &store, const QString &id) -> Result<QString> {
        CatalogueService catalogues(store);
        auto product = catalogues.product(id);
        if (!product)
            return product.error();
        auto catalogue = catalogues.catalogue(product->catalogueId);
        QTextStream &out = cli.out();
        out << product->name << (product->active ? QString() : tr(" (inactive)")) << '\n';
        out << tr("Catalogue: %1").arg(catalogue ? catalogue->name : product->catalogueId) << '\n';
        if (!product->reference.isEmpty())
            out << tr("Reference: %1").arg(product->reference) << '\n';
        out << tr("Price: %1").arg(Money::format(product->priceCents))
            << (product->weightPriced ? tr(" per kg") : QString())
            << tr(", VAT %1").arg(vatText(product->vatRateBasisPoints)) << '\n';
        out << tr("Sold: %1").arg(DomainWords::soldBy(*product)) << '\n';
        QStringList flags;
        if (product->organic)
            flags.append(tr("organic"));
        if (product->bulk)
            flags.append(tr("bulk"));
        if (!flags.isEmpty())
            out << flags.join(u", "_s) << '\n';
        if (!product->description.isEmpty())
            out << product->description << '\n';
        return product->id;
    });
}

int CatalogueCommands::importProducts(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption catalogue(u"catalogue"_s, tr("The catalogue receiving the products (required)."),
                                       u"ID"_s);
    const ImportOptions import;
    parser.addOption(catalogue);
    parser.addOptions(import.options());
    if (auto stop = cli.parse(parser,
                              tr("Imports products from a CSV file in Cagette’s layout: a header with "
                                 "productName, price, ref, desc, vat, qt, unit, organic, bulk, variablePrice. "
                                 "A row matching a product of the catalogue (same reference, or same name without "
                                 "one) only fills its empty fields; prices are never changed. Prints “created N, "
                                 "matched M, errors K”; rows in error are reported on stderr as “line L: reason”."),
                              {u"FILE"_s}))
        return *stop;
    if (!parser.isSet(catalogue))
        return cli.usageError(tr("Name the catalogue with --catalogue."));
    return cli.withStore([&](Store &store) {
        ProductImport products(store, parser.value(catalogue));
        auto plan = products.planFile(parser.positionalArguments().first());
        if (!plan)
            return cli.fail(plan.error());
        return import.run(cli, parser, *plan, [&] { return products.commit(*plan); });
    });
}

int CatalogueCommands::exportProducts(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption catalogue(u"catalogue"_s, tr("The catalogue to export (required)."), u"ID"_s);
    const QCommandLineOption inactive(u"inactive"_s, tr("Include inactive products."));
    parser.addOptions({catalogue, inactive});
    if (auto stop = cli.parse(parser,
                              tr("Writes a catalogue’s products to a CSV file in Cagette’s layout, which Cagette "
                                 "and `product import` read. Prints how many products were written."),
                              {u"FILE"_s}))
        return *stop;
    if (!parser.isSet(catalogue))
        return cli.usageError(tr("Name the catalogue with --catalogue."));
    return cli.withStore([&](Store &store) {
        auto written = ProductExport(store).write(parser.value(catalogue), parser.positionalArguments().first(),
                                                  parser.isSet(inactive));
        if (!written)
            return cli.fail(written.error());
        cli.out() << tr("exported %n product(s)", nullptr, *written) << '\n';
        return ExitStatus::done;
    });
}
