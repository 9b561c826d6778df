#pragma once

#include "csv/CsvImport.h"
#include "domain/Member.h"

#include <QCoreApplication>

class Store;

// Members from a CSV file, through the shared import engine (CsvImport). Two layouts:
// - Cagette's member export, by position and without a header: firstName, lastName, email,
//   phone, firstName2, lastName2, email2, phone2, address1, address2, zipCode, city;
// - a header line naming the columns in French or English ("Prénom", "Nom", "Téléphone",
//   "Code postal", "First name", "Postcode"…), in any order, as Comptoir's own export writes.
// A row matches an existing member with the same name (ignoring case, accents and order) or
// the same id; a matched row only fills the member's empty fields. Rows sharing a phone or an
// e-mail with someone else of another name are created, with a remark: households share them.
// A row is in error without a name, without a phone or an e-mail, with a malformed phone or
// e-mail, with an over-long text, or naming the same person as an earlier row.
class MemberImport {
    Q_DECLARE_TR_FUNCTIONS(MemberImport)

public:
    explicit MemberImport(Store &store) : m_store(store) {}

    static const QList<CsvField> &cagetteLayout();
    // The header names known, French and English, and those of Comptoir's own exports.
    static QList<CsvField> namedFields();

    Result<ImportPlan<Member>> planFile(const QString &path, const ImportProgress &progress = {});
    Result<ImportPlan<Member>> plan(const CsvDocument &document, const ImportProgress &progress = {});
    // Writes the plan in one transaction.
    Result<ImportSummary> commit(const ImportPlan<Member> &plan, MatchAction matches,
                                 const ImportProgress &progress = {});

private:
    Store &m_store;
};
