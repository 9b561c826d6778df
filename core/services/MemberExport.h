#pragma once

#include "common/Result.h"
#include "csv/CsvWriter.h"
#include "queries/MemberListQuery.h"

#include <QCoreApplication>

class Store;

// The member list as a CSV file, in the list's order and with its filter (archived members
// only when shown). Two dialects (see CsvWriter):
// - Rfc4180, for scripts: the command-line contract's columns (id, last_name, first_name…),
//   phones in E.164, dates ISO 8601, flags 0/1;
// - FrenchSpreadsheet, for people: the same columns with French headers (Nom, Prénom…), phones
//   written the French way so that a spreadsheet keeps them as text.
// Either file imports back (MemberImport knows both headers). Anonymised members are left out.
class MemberExport {
    Q_DECLARE_TR_FUNCTIONS(MemberExport)

public:
    explicit MemberExport(Store &store) : m_store(store) {}

    // The header line of each dialect (the spreadsheet one in the current language).
    static QStringList header(CsvWriter::Dialect dialect);

    // Returns how many members were written. The file is replaced only once written whole.
    Result<int> write(const QString &path, const MemberListRequest &request,
                      CsvWriter::Dialect dialect = CsvWriter::Dialect::Rfc4180);

private:
    Store &m_store;
};
