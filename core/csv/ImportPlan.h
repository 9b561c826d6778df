#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What an import would do with each row of a file, decided before anything is written.
enum class ImportRowKind {
    Create, // a new record
    Match,  // the row describes a record that exists already
    Error,  // the row cannot be imported; `reason` says why
};

// What the import does with the rows matching an existing record.
enum class MatchAction {
    FillEmptyFields, // the row's values fill the existing record's empty fields, nothing else
    Skip,
};

template <typename Record>
struct ImportRow {
    int line = 0;         // the file's line the row starts on
    ImportRowKind kind = ImportRowKind::Error;
    Record record;        // Create: the new record; Match: the existing record with its empty fields filled
    QString existingId;   // Match: the record matched
    QString existingName; // Match: how people call it
    QStringList filledFields; // Match: the fields the row would fill (none: nothing new)
    QString reason;       // Error: why, for a person; otherwise an optional remark
};

// How the file was read, for the preview to say.
struct ImportFormat {
    QString encoding;
    QChar separator;
    bool hasHeader = false;
    QStringList ignoredColumns; // header names no field knows
};

template <typename Record>
struct ImportPlan {
    ImportFormat format;
    QList<ImportRow<Record>> rows;

    int count(ImportRowKind kind) const
    {
        int n = 0;
        for (const ImportRow<Record> &row : rows)
            n += row.kind == kind ? 1 : 0;
        return n;
    }
    bool hasErrors() const { return count(ImportRowKind::Error) > 0; }
};

// What a committed import did.
struct ImportSummary {
    int created = 0;
    int matched = 0; // rows matching an existing record, filled or not
    int filled = 0;  // existing records that took values from the file
    int errors = 0;  // rows left out
};
