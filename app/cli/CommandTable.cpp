#include "CommandTable.h"

#include "commands/CalendarCommands.h"
#include "commands/CatalogueCommands.h"
#include "commands/MemberCommands.h"
#include "commands/OrderCommands.h"
#include "commands/ServerCommands.h"
#include "commands/SetupCommands.h"
#include "commands/SyncCommands.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

CommandTable::CommandTable()
{
    // One line per area; keep them in the order of the help.
    SetupCommands::registerIn(*this);
    MemberCommands::registerIn(*this);
    CatalogueCommands::registerIn(*this);
    CalendarCommands::registerIn(*this);
    OrderCommands::registerIn(*this);
    ServerCommands::registerIn(*this);
    SyncCommands::registerIn(*this);
}

void CommandTable::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *CommandTable::find(const QStringList &arguments, qsizetype *wordCount) const
{
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        const qsizetype size = command.words.size();
        if (size > arguments.size() || (best && best->words.size() >= size))
            continue;
        if (arguments.mid(0, size) == command.words)
            best = &command;
    }
    if (best)
        *wordCount = best->words.size();
    return best;
}

bool CommandTable::hasGroup(const QStringList &words) const
{
    for (const Command &command : m_commands) {
        if (command.words.size() > words.size() && command.words.mid(0, words.size()) == words)
            return true;
    }
    return false;
}

void CommandTable::printCommands(QTextStream &out, const QStringList &prefix) const
{
    qsizetype width = 0;
    for (const Command &command : m_commands)
        width = std::max(width, command.name().size());
    for (const Command &command : m_commands) {
        if (command.words.mid(0, prefix.size()) != prefix)
            continue;
        out << u"  "_s << command.name().leftJustified(width + 2)
            << QCoreApplication::translate("Commands", command.summary) << '\n';
    }
}
