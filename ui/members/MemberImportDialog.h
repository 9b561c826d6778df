#pragma once

#include "domain/Member.h"
#include "import/ImportPreviewDialog.h"

class Store;

// The preview of a member import (ImportPreviewDialog): who each row is, the rows matching a
// member already recorded (fill in their empty fields, or leave them), the rows in error with
// their line and reason.
class MemberImportDialog : public ImportPreviewDialog {
    Q_OBJECT

public:
    MemberImportDialog(Store &store, ImportPlan<Member> plan, const QString &fileName, QWidget *parent = nullptr);

    const ImportPlan<Member> &plan() const { return m_plan; }

private:
    ImportPlan<Member> m_plan;
};
