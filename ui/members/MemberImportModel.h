#pragma once

#include "csv/ImportPlan.h"
#include "domain/Member.h"

#include <QAbstractTableModel>

// The rows of a member import plan, as the preview lists them: line, what will happen, who,
// and why (the reason of an error, the fields a matching row fills in). Can show one kind only.
class MemberImportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Line, Outcome, Name, Phone, Email, Town, Details, ColumnCount };

    explicit MemberImportModel(const ImportPlan<Member> &plan, QObject *parent = nullptr);

    // Shows only the rows of this kind; none: every row.
    void showOnly(std::optional<ImportRowKind> kind);
    // What matching rows do, as the preview says it.
    void setMatchAction(MatchAction action);
    const ImportRow<Member> *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "e-mail, postcode": the fields a matching row fills, for people.
    static QString fieldNames(const QStringList &columns);

private:
    const ImportPlan<Member> &m_plan;
    QList<int> m_shown;
    MatchAction m_matchAction = MatchAction::FillEmptyFields;
};
