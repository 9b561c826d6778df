#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file, with the line of the file it starts on (a quoted field may hold
// line breaks, so records and lines differ).
struct CsvRecord {
    int line = 0;
    QStringList fields;
    QString problem; // set when the record could not be read whole (a quote never closed)

    bool isBlank() const;
};

// A CSV file read whole: its records, and how it was written.
struct CsvDocument {
    QList<CsvRecord> records;
    QChar separator = u',';
    QString encoding;
};

// Reads CSV as spreadsheets and Cagette write it: the separator found by looking (comma,
// semicolon or tab), the encoding found by looking (see CsvEncoding), fields quoted with
// double quotes holding separators, doubled quotes and line breaks, line ends CRLF, LF or CR,
// rows of any length (a spreadsheet drops trailing empty cells). Empty lines are skipped.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static CsvDocument read(const QByteArray &bytes);
    static Result<CsvDocument> readFile(const QString &path);

    // The separator the first lines use most consistently; a comma when nothing tells.
    static QChar detectSeparator(const QString &text);
    static QList<CsvRecord> parse(const QString &text, QChar separator, int maximumRecords = -1);
};
