#include "ListFormatOption.h"

#include "CliContext.h"
#include "ExitStatus.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

ListFormatOption::ListFormatOption()
    : QCommandLineOption(u"format"_s, ListOutput::formatHelp(), u"text|csv"_s, u"text"_s)
{
}

std::optional<int> ListFormatOption::read(CliContext &cli, const QCommandLineParser &parser)
{
    const QString name = parser.value(*this);
    const auto format = ListOutput::formatFrom(name);
    if (!format)
        return cli.usageError(tr("Unknown format “%1”: text or csv.").arg(name));
    m_format = *format;
    return std::nullopt;
}

int ListFormatOption::print(CliContext &cli, const ListOutput &list) const
{
    list.print(cli.out(), m_format);
    return ExitStatus::done;
}
