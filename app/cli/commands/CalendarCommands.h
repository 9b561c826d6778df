#pragma once

#include <QCoreApplication>

class CliContext;
class CommandTable;

// Places and distributions: add (once or every N weeks), list, show, move, cancel and
// reinstate, mark handed out.
class CalendarCommands {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommands)

public:
    static void registerIn(CommandTable &table);

private:
    static int addPlace(CliContext &cli);
    static int listPlaces(CliContext &cli);
    static int showPlace(CliContext &cli);
    static int archivePlace(CliContext &cli);
    static int addDistribution(CliContext &cli);
    static int listDistributions(CliContext &cli);
    static int showDistribution(CliContext &cli);
    static int moveDistribution(CliContext &cli);
    static int cancelDistribution(CliContext &cli);
    static int reinstateDistribution(CliContext &cli);
    static int markDistributed(CliContext &cli);
};
