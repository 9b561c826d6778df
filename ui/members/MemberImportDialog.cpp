#include "MemberImportDialog.h"

#include "MemberFieldNames.h"
#include "common/PhoneNumber.h"
#include "import/ImportPreviewModel.h"
#include "services/MemberImport.h"

#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

enum RecordColumn { Name = ImportPreviewModel::FirstRecordColumn, Phone, Email, Town };

ImportPreviewModel *previewModel(const ImportPlan<Member> &plan)
{
    // Error rows show the file's values as they are, so that the row can be found.
    const auto cells = [](const ImportRow<Member> &row) -> QStringList {
        return {row.record.displayName(), PhoneNumber::display(row.record.phone), row.record.email, row.record.town};
    };
    return new ImportPreviewModel({{MemberImportDialog::tr("Name")},
                                   {MemberImportDialog::tr("Phone")},
                                   {MemberImportDialog::tr("E-mail")},
                                   {MemberImportDialog::tr("Town")}},
                                  {MemberImportDialog::tr("New member"), MemberImportDialog::tr("Already recorded"),
                                   &MemberFieldNames::of},
                                  ImportPreviewModel::rowsOf(plan, cells));
}

ImportPreviewDialog::Text previewText(const ImportPlan<Member> &plan, const QString &fileName)
{
    return {MemberImportDialog::tr("Import members"),
            MemberImportDialog::tr("Import members from “%1”").arg(fileName),
            MemberImportDialog::tr("already recorded"),
            plan.hasErrors() ? MemberImportDialog::tr("Rows in error are left out; correct the file and import it "
                                                      "again to add them (rows already imported will then be "
                                                      "recognised).")
                             : QString(),
            MemberImportDialog::tr("Importing the members…"),
            [](int count) { return MemberImportDialog::tr("%n new member(s)", nullptr, count); }};
}

}

MemberImportDialog::MemberImportDialog(Store &store, ImportPlan<Member> plan, const QString &fileName, QWidget *parent)
    : ImportPreviewDialog(plan.format, previewModel(plan), previewText(plan, fileName),
                          [this, store = &store](MatchAction matches, const ImportProgress &progress) {
                              return MemberImport(*store).commit(m_plan, matches, progress);
                          },
                          parent),
      m_plan(std::move(plan))
{
    setObjectName(u"memberImportDialog"_s);
    setModal(true);
    resize(1060, 640);
    offerMatchChoice(tr("Members already &recorded:"));
    table()->setColumnWidth(ImportPreviewModel::Line, 46);
    table()->setColumnWidth(ImportPreviewModel::Outcome, 130);
    table()->setColumnWidth(Name, 160);
    table()->setColumnWidth(Phone, 115);
    table()->setColumnWidth(Email, 175);
    table()->setColumnWidth(Town, 95);
}
