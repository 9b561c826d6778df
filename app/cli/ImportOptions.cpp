#include "ImportOptions.h"

using namespace Qt::StringLiterals;

ImportOptions::ImportOptions()
    : m_dryRun(u"dry-run"_s, tr("Only say what the import would do; write nothing.")),
      m_strict(u"strict"_s, tr("Import nothing when a row is in error."))
{
}

void ImportOptions::reportError(CliContext &cli, int line, const QString &reason)
{
    // The contract's form, the same in every language: scripts read it.
    cli.err() << u"line %1: %2"_s.arg(line).arg(reason) << '\n';
}

int ImportOptions::finish(CliContext &cli, const QCommandLineParser &parser, int created, int matched, int errors,
                          const std::function<Result<ImportSummary>()> &commit) const
{
    cli.err().flush();
    if (parser.isSet(m_strict) && errors > 0)
        return cli.fail(
            Error(ErrorKind::Validation, tr("Nothing was imported: %n row(s) in error (--strict).", nullptr, errors)));
    if (!parser.isSet(m_dryRun)) {
        auto summary = commit();
        if (!summary)
            return cli.fail(summary.error());
        created = summary->created;
        matched = summary->matched;
    }
    cli.out() << u"created %1, matched %2, errors %3"_s.arg(created).arg(matched).arg(errors) << '\n';
    return ExitStatus::done;
}
