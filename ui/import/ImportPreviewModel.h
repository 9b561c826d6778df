#pragma once

#include "csv/ImportPlan.h"

#include <QAbstractTableModel>
#include <functional>
#include <optional>

// The rows of an import plan as its preview lists them: the file's line, what will happen, the
// record's own columns (given by the area importing), and the details: an error's reason, what a
// matching row fills in. Can show one kind of row only.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The record's columns come after these, the details last (detailsColumn()).
    enum FixedColumn { Line, Outcome, FirstRecordColumn };

    struct Column {
        QString title;
        bool alignRight = false;
    };
    // One row of the plan, as text.
    struct Row {
        int line = 0;
        ImportRowKind kind = ImportRowKind::Error;
        QStringList cells; // one per record column
        QStringList filledFields;
        QString reason;
    };
    // How the area speaks of its records.
    struct Words {
        QString created; // "New member"
        QString matched; // "Already recorded"
        // "e-mail, postcode": the fields a matching row fills, for people.
        std::function<QString(const QStringList &columns)> fieldNames;
    };

    ImportPreviewModel(QList<Column> columns, Words words, QList<Row> rows, QObject *parent = nullptr);

    // The rows of `plan`, each record's cells given by `cells`.
    template <typename Record, typename Cells>
    static QList<Row> rowsOf(const ImportPlan<Record> &plan, Cells cells)
    {
        QList<Row> rows;
        rows.reserve(plan.rows.size());
        for (const ImportRow<Record> &row : plan.rows)
            rows.append({row.line, row.kind, cells(row), row.filledFields, row.reason});
        return rows;
    }

    int detailsColumn() const { return FirstRecordColumn + int(m_columns.size()); }
    const Words &words() const { return m_words; }
    // Every row of the plan, whatever is shown.
    int planRowCount() const { return int(m_rows.size()); }
    int count(ImportRowKind kind) const;
    // The matching rows that would fill in something.
    int fillingCount() const;

    // Shows only the rows of this kind; none: every row.
    void showOnly(std::optional<ImportRowKind> kind);
    // What matching rows do, as the preview says it.
    void setMatchAction(MatchAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString details(const Row &row) const;

    QList<Column> m_columns;
    Words m_words;
    QList<Row> m_rows;
    QList<int> m_shown;
    MatchAction m_matchAction = MatchAction::FillEmptyFields;
};
