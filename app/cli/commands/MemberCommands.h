#pragma once

#include <QCoreApplication>

class CliContext;
class CommandTable;

// The member records: `member list` and the rest of the member commands.
class MemberCommands {
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)

public:
    static void registerIn(CommandTable &table);

private:
    static int list(CliContext &cli);
};
