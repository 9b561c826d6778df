#pragma once

#include "CliContext.h"
#include "ExitStatus.h"
#include "csv/ImportPlan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <functional>

// The options and the report every CSV import command shares (`member import`, `product import`):
// --dry-run and --strict; each row in error on stderr in the contract's form "line L: reason";
// under --strict nothing is written when a row is in error; then "created N, matched M, errors K".
class ImportOptions {
    Q_DECLARE_TR_FUNCTIONS(ImportOptions)

public:
    ImportOptions();

    QList<QCommandLineOption> options() const { return {m_dryRun, m_strict}; }

    // Reports `plan` and, unless --dry-run, writes it with `commit`; returns the exit status.
    template <typename Record>
    int run(CliContext &cli, const QCommandLineParser &parser, const ImportPlan<Record> &plan,
            const std::function<Result<ImportSummary>()> &commit) const
    {
        for (const ImportRow<Record> &row : plan.rows) {
            if (row.kind == ImportRowKind::Error)
                reportError(cli, row.line, row.reason);
        }
        return finish(cli, parser, plan.count(ImportRowKind::Create), plan.count(ImportRowKind::Match),
                      plan.count(ImportRowKind::Error), commit);
    }

private:
    static void reportError(CliContext &cli, int line, const QString &reason);
    int finish(CliContext &cli, const QCommandLineParser &parser, int created, int matched, int errors,
               const std::function<Result<ImportSummary>()> &commit) const;

    QCommandLineOption m_dryRun;
    QCommandLineOption m_strict;
};
