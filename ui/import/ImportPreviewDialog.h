#pragma once

#include "common/Result.h"
#include "csv/ImportPlan.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QHBoxLayout;
class QPushButton;
class QTabBar;
class QTableView;
class ImportPreviewModel;

// The preview of an import, before anything is written: how the file was read, what each row
// becomes (a new record, one already there, an error with its reason) with a tab per kind, and
// one button that imports in a single transaction, with a progress dialog that can stop it.
// Each area gives its words, its model's columns and how to commit.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    // What the area says; the rest is the same for every import.
    struct Text {
        QString windowTitle;    // "Import members"
        QString title;          // "Import members from “members.csv”"
        QString matchedSummary; // "already recorded", in the counts above the list
        QString note;           // under the list (none: no note); red when rows are in error
        QString progress;       // "Importing the members…"
        std::function<QString(int count)> newRecords; // "%n new member(s)"
    };
    // Writes the plan; `progress` as CsvImport's ImportProgress (false: stop, nothing written).
    using Commit = std::function<Result<ImportSummary>(MatchAction matches,
                                                       const std::function<bool(int done, int total)> &progress)>;

    // Takes `model` as its child.
    ImportPreviewDialog(const ImportFormat &format, ImportPreviewModel *model, Text text, Commit commit,
                        QWidget *parent = nullptr);

    // Lets the person choose what the matching rows do (fill in their empty fields, or leave them).
    void offerMatchChoice(const QString &label);
    MatchAction matchAction() const;
    QTableView *table() const { return m_table; }

signals:
    // The import was written; `summary` says what it did, for a person.
    void imported(const QString &summary);

public slots:
    bool import();

private:
    void updateImportButton();

    ImportPreviewModel *m_model;
    Text m_text;
    Commit m_commit;
    QTabBar *m_filter;
    QTableView *m_table;
    QHBoxLayout *m_bottom;
    QComboBox *m_matches = nullptr;
    QPushButton *m_import;
};
