#pragma once

#include <QCoreApplication>

class CliContext;
class CommandTable;

// The shared server's schema, set up and upgraded by Comptoir itself: `server init` and
// `server upgrade` (--url postgresql://USER@HOST:PORT/DATABASE; the password from libpq's own
// sources, never an argument).
class ServerCommands {
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)

public:
    static void registerIn(CommandTable &table);

private:
    static int init(CliContext &cli);
    static int upgrade(CliContext &cli);
};
