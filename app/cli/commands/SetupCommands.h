#pragma once

#include <QCoreApplication>

class CliContext;
class CommandTable;

// Making a database: `init` (a new, empty group) and `demo` (the demo market).
class SetupCommands {
    Q_DECLARE_TR_FUNCTIONS(SetupCommands)

public:
    static void registerIn(CommandTable &table);

private:
    static int init(CliContext &cli);
    static int demo(CliContext &cli);
};
