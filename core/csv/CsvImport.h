#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportPlan.h"
#include "common/Result.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <functional>

// Reports how far a long import went; returns false to stop it (nothing is then written).
using ImportProgress = std::function<bool(int done, int total)>;

// The import engine shared by every CSV import (members, products): it reads the rows of a
// file through a column mapping, lets the caller turn each row into a planned row (create,
// match or error), and commits a plan in one transaction, so that an import is written whole
// or not at all.
class CsvImportText {
    Q_DECLARE_TR_FUNCTIONS(CsvImportText)

public:
    static QString cancelled() { return tr("The import was stopped; nothing was written."); }
    static QString unreadable(const QString &problem) { return tr("The row cannot be read: %1.").arg(problem); }
    static Error atLine(int line, const Error &error)
    {
        return Error(error.kind(), tr("Line %1: %2").arg(line).arg(error.message()));
    }
};

template <typename Record>
class CsvImport {
public:
    // Turns one record of the file into a planned row (the engine sets its line). Called in file
    // order, so that a row can be compared with the rows before it.
    using RowPlanner = std::function<ImportRow<Record>(const CsvRecord &record, const ColumnMapping &mapping)>;
    // Writes one planned row (a creation, or an existing record to fill).
    using RowWriter = std::function<Status(const ImportRow<Record> &row)>;

    static ImportPlan<Record> plan(const CsvDocument &document, const ColumnMapping &mapping,
                                   const RowPlanner &planRow, const ImportProgress &progress = {})
    {
        ImportPlan<Record> plan;
        plan.format.encoding = document.encoding;
        plan.format.separator = document.separator;
        plan.format.hasHeader = mapping.hasHeader();
        plan.format.ignoredColumns = mapping.unknownColumns();
        const qsizetype first = mapping.hasHeader() ? 1 : 0;
        const int total = int(document.records.size());
        plan.rows.reserve(total);
        for (qsizetype i = first; i < document.records.size(); ++i) {
            const CsvRecord &record = document.records.at(i);
            if (record.isBlank())
                continue;
            ImportRow<Record> row;
            if (!record.problem.isEmpty()) {
                row.kind = ImportRowKind::Error;
                row.reason = CsvImportText::unreadable(record.problem);
            } else {
                row = planRow(record, mapping);
            }
            row.line = record.line;
            plan.rows.append(std::move(row));
            if (progress && i % 500 == 0)
                progress(int(i), total);
        }
        return plan;
    }

    // Writes the plan's rows in one transaction: creations, and matches to fill unless they are
    // to be skipped. Rows in error are left out. Stopped or failed, nothing is written.
    static Result<ImportSummary> commit(Store &store, const ImportPlan<Record> &plan, MatchAction matches,
                                        const RowWriter &create, const RowWriter &fill,
                                        const ImportProgress &progress = {})
    {
        ImportSummary summary;
        const int total = int(plan.rows.size());
        return inTransaction(store.database(), [&]() -> Result<ImportSummary> {
            int done = 0;
            for (const ImportRow<Record> &row : plan.rows) {
                switch (row.kind) {
                case ImportRowKind::Create:
                    if (Status written = create(row); !written)
                        return CsvImportText::atLine(row.line, written.error());
                    ++summary.created;
                    break;
                case ImportRowKind::Match:
                    ++summary.matched;
                    if (matches == MatchAction::FillEmptyFields && !row.filledFields.isEmpty()) {
                        if (Status written = fill(row); !written)
                            return CsvImportText::atLine(row.line, written.error());
                        ++summary.filled;
                    }
                    break;
                case ImportRowKind::Error:
                    ++summary.errors;
                    break;
                }
                if (progress && ++done % 200 == 0 && !progress(done, total))
                    return Error(ErrorKind::Conflict, CsvImportText::cancelled());
            }
            if (progress && !progress(total, total))
                return Error(ErrorKind::Conflict, CsvImportText::cancelled());
            return summary;
        });
    }
};
