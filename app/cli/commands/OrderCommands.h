#pragma once

#include <QCoreApplication>

class CliContext;
class CommandTable;

// Orders: `order add`, `order show`, `order validate`, `order cancel` and `order list`, under the
// same rules as the order dialog (OrderService).
class OrderCommands {
    Q_DECLARE_TR_FUNCTIONS(OrderCommands)

public:
    static void registerIn(CommandTable &table);

private:
    static int add(CliContext &cli);
    static int show(CliContext &cli);
    static int validate(CliContext &cli);
    static int cancel(CliContext &cli);
    static int list(CliContext &cli);
};
