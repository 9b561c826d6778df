#pragma once

#include "ListOutput.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <optional>

class CliContext;
class QCommandLineParser;

// The `--format text|csv` option of a list command: added to the parser like any option, read
// once the arguments are parsed (an unknown format is a usage error), then used to print.
class ListFormatOption : public QCommandLineOption {
    Q_DECLARE_TR_FUNCTIONS(ListFormatOption)

public:
    ListFormatOption();

    // The exit status when the command must stop: the format is unknown (reported, 2).
    std::optional<int> read(CliContext &cli, const QCommandLineParser &parser);
    // Prints `list` in the format read; returns the exit status of a list printed.
    int print(CliContext &cli, const ListOutput &list) const;

private:
    ListOutput::Format m_format = ListOutput::Format::Text;
};
