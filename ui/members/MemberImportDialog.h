#pragma once

#include "csv/ImportPlan.h"
#include "domain/Member.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;
class MemberImportModel;
class Store;

// The preview of a member import: how the file was read, the rows to create, the rows
// matching a member already recorded (fill in their empty fields, or leave them), the rows in
// error with their line and reason. Nothing is written until Import; then the whole import is
// one transaction, with a progress dialog for long files.
class MemberImportDialog : public QDialog {
    Q_OBJECT

public:
    MemberImportDialog(Store &store, ImportPlan<Member> plan, const QString &fileName, QWidget *parent = nullptr);

    const ImportPlan<Member> &plan() const { return m_plan; }
    MatchAction matchAction() const;

public slots:
    bool import();

signals:
    // What was imported, for the list to say.
    void imported(const QString &summary);

private:
    void updateImportButton();

    Store &m_store;
    ImportPlan<Member> m_plan;
    MemberImportModel *m_model;
    QTabBar *m_filter;
    QTableView *m_table;
    QComboBox *m_matches;
    QPushButton *m_import;
};
