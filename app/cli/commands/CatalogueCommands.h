#pragma once

#include <QCoreApplication>

class CliContext;
class CommandTable;

// Producers, their catalogues and products: add, list, show; products imported from and
// exported to Cagette's CSV layout.
class CatalogueCommands {
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommands)

public:
    static void registerIn(CommandTable &table);

private:
    static int addProducer(CliContext &cli);
    static int listProducers(CliContext &cli);
    static int showProducer(CliContext &cli);
    static int addCatalogue(CliContext &cli);
    static int listCatalogues(CliContext &cli);
    static int showCatalogue(CliContext &cli);
    static int addProduct(CliContext &cli);
    static int listProducts(CliContext &cli);
    static int showProduct(CliContext &cli);
    static int importProducts(CliContext &cli);
    static int exportProducts(CliContext &cli);
};
