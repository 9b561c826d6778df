#pragma once

#include <QCoreApplication>

class CliContext;
class CommandTable;

// The member records: add, list, show, import, export, archive, erase, merge, anonymise.
class MemberCommands {
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)

public:
    static void registerIn(CommandTable &table);

private:
    static int add(CliContext &cli);
    static int list(CliContext &cli);
    static int show(CliContext &cli);
    static int importMembers(CliContext &cli);
    static int exportMembers(CliContext &cli);
    static int archive(CliContext &cli);
    static int erase(CliContext &cli);
    static int merge(CliContext &cli);
    static int anonymise(CliContext &cli);
};
