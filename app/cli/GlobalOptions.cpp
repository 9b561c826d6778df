#include "GlobalOptions.h"

#include "common/Clock.h"

using namespace Qt::StringLiterals;

namespace {

// "--name value" or "--name=value"; advances `index` past what it used.
std::optional<QString> optionValue(const QStringList &arguments, qsizetype &index, const QString &name, bool *matched)
{
    const QString &argument = arguments.at(index);
    *matched = false;
    if (argument == name) {
        *matched = true;
        if (index + 1 >= arguments.size())
            return std::nullopt;
        ++index;
        return arguments.at(index);
    }
    if (argument.startsWith(name + u'=')) {
        *matched = true;
        return argument.mid(name.size() + 1);
    }
    return std::nullopt;
}

}

std::optional<QString> GlobalOptions::parse(const QStringList &arguments)
{
    QString nowText = qEnvironmentVariable("COMPTOIR_NOW");
    QString nowSource = u"COMPTOIR_NOW"_s;
    database = qEnvironmentVariable("COMPTOIR_DATABASE");

    qsizetype index = 0;
    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (!argument.startsWith(u'-'))
            break;
        if (argument == u"--help"_s || argument == u"-h"_s) {
            help = true;
            continue;
        }
        if (argument == u"--version"_s || argument == u"-v"_s) {
            version = true;
            continue;
        }
        bool matched = false;
        for (const QString &name : {u"--database"_s, u"--now"_s, u"--user"_s}) {
            const auto value = optionValue(arguments, index, name, &matched);
            if (!matched)
                continue;
            if (!value)
                return tr("The option %1 needs a value.").arg(name);
            if (name == u"--database"_s) {
                database = *value;
            } else if (name == u"--now"_s) {
                nowText = *value;
                nowSource = name;
            } else {
                user = value->trimmed();
            }
            break;
        }
        if (!matched)
            return tr("Unknown option “%1” (global options come before the command; see --help).").arg(argument);
    }
    rest = arguments.mid(index);

    if (!nowText.isEmpty()) {
        now = Clock::parseInstant(nowText);
        if (!now)
            return tr("%1: “%2” is not an ISO 8601 date and time (for example 2026-11-24T18:00:00+01:00).")
                .arg(nowSource, nowText);
    }
    return std::nullopt;
}
