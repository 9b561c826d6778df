#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

class QTextStream;

// Every command of comptoir-cli. Each area registers its own commands (commands/*Commands.cpp).
class CommandTable {
    Q_DECLARE_TR_FUNCTIONS(CommandTable)

public:
    CommandTable();

    void add(Command command);
    // The command named by the first words of `arguments`; `wordCount` tells how many it took.
    const Command *find(const QStringList &arguments, qsizetype *wordCount) const;
    // Whether some command starts with these words ("member" before "member list").
    bool hasGroup(const QStringList &words) const;
    // Lists the commands starting with `prefix` (all when empty), one line each.
    void printCommands(QTextStream &out, const QStringList &prefix = {}) const;

private:
    QList<Command> m_commands;
};
