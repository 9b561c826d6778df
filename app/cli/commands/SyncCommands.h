#pragma once

#include "sync/ServerAddress.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <optional>

class CliContext;
class CommandTable;
class QCommandLineParser;

// `sync --url …` (push this desk's changes, pull the others'; exit 4 when the server cannot be
// reached) and `conflict list` (the values syncs overwrote or refused).
class SyncCommands {
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static void registerIn(CommandTable &table);

    // The --url option and its reading, shared with the server commands: none when it is missing
    // or malformed, a usage error (exit status 2) already reported.
    static QCommandLineOption urlOption();
    static std::optional<ServerAddress> address(CliContext &cli, const QCommandLineParser &parser,
                                                const QCommandLineOption &option);

private:
    static int sync(CliContext &cli);
    static int listConflicts(CliContext &cli);
};
