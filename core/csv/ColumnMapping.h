#pragma once

#include "CsvReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A value an import reads, and the header names people give its column (in any case, with or
// without accents, spaces, dashes or underscores: "Code postal", "code_postal", "CODE-POSTAL").
struct CsvField {
    QString key;
    QStringList headerNames;
};

// Which column of a CSV file holds which field: by the names of a header line, or by position
// for layouts without a header (Cagette's member export).
class ColumnMapping {
public:
    // Field i in column i.
    static ColumnMapping byPosition(const QList<CsvField> &fields);
    // Columns named in `header`; columns no field knows are listed in unknownColumns().
    static ColumnMapping byHeader(const QList<CsvField> &fields, const QStringList &header);
    // A header when at least `minimumNamed` cells of the first record name a field (and no
    // field twice); the positional layout otherwise.
    static ColumnMapping detect(const QList<CsvField> &fields, const QList<CsvField> &positional,
                                const CsvRecord &first, int minimumNamed = 2);

    bool hasHeader() const { return m_hasHeader; }
    bool has(const QString &key) const { return m_columns.contains(key); }
    // The field's value in the record, trimmed; empty when the record is too short.
    QString value(const CsvRecord &record, const QString &key) const;
    QStringList keys() const { return m_columns.keys(); }
    const QStringList &unknownColumns() const { return m_unknown; }

    // A header cell as compared: folded, without spaces, dashes, underscores, dots, quotes.
    static QString headerKey(const QString &cell);

private:
    QHash<QString, int> m_columns;
    QStringList m_unknown;
    bool m_hasHeader = false;
};
