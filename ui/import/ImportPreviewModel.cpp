#include "ImportPreviewModel.h"

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

ImportPreviewModel::ImportPreviewModel(QList<Column> columns, Words words, QList<Row> rows, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns)), m_words(std::move(words)), m_rows(std::move(rows))
{
    showOnly(std::nullopt);
}

int ImportPreviewModel::count(ImportRowKind kind) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const Row &row) { return row.kind == kind; }));
}

int ImportPreviewModel::fillingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.kind == ImportRowKind::Match && !row.filledFields.isEmpty();
    }));
}

void ImportPreviewModel::showOnly(std::optional<ImportRowKind> kind)
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!kind || m_rows.at(i).kind == *kind)
            m_shown.append(i);
    }
    endResetModel();
}

void ImportPreviewModel::setMatchAction(MatchAction action)
{
    m_matchAction = action;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, Outcome), index(rowCount() - 1, detailsColumn()));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : detailsColumn() + 1;
}

QString ImportPreviewModel::details(const Row &row) const
{
    if (row.kind != ImportRowKind::Match)
        return row.reason;
    QString what;
    if (m_matchAction == MatchAction::Skip)
        what = tr("Left as it is.");
    else if (row.filledFields.isEmpty())
        what = tr("Nothing new.");
    else
        what = tr("Fills in: %1.").arg(m_words.fieldNames(row.filledFields));
    return row.reason.isEmpty() ? what : what + u' ' + row.reason;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_shown.size())
        return {};
    const Row &row = m_rows.at(m_shown.at(index.row()));
    const int column = index.column();
    const int recordColumn = column - FirstRecordColumn;
    const bool isRecordColumn = recordColumn >= 0 && recordColumn < m_columns.size();
    if (role == Qt::DisplayRole) {
        if (column == Line)
            return row.line;
        if (column == Outcome) {
            switch (row.kind) {
            case ImportRowKind::Create: return m_words.created;
            case ImportRowKind::Match: return m_words.matched;
            case ImportRowKind::Error: return tr("Error");
            }
            return {};
        }
        if (isRecordColumn)
            return row.cells.value(recordColumn);
        if (column == detailsColumn())
            return details(row);
    }
    if (role == Qt::BackgroundRole) {
        switch (row.kind) {
        case ImportRowKind::Create: return QColor(0xe8, 0xf3, 0xe1);
        case ImportRowKind::Match: return QColor(0xe6, 0xee, 0xf7);
        case ImportRowKind::Error: return QColor(0xfb, 0xe4, 0xe4);
        }
    }
    if (role == Qt::ForegroundRole)
        return QColor(Qt::black);
    if (role == Qt::FontRole && column == Outcome) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (column == Line || (isRecordColumn && m_columns.at(recordColumn).alignRight)))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == detailsColumn())
        return details(row);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Line)
        return tr("Line");
    if (section == Outcome)
        return tr("Import");
    if (section == detailsColumn())
        return tr("Details");
    const int recordColumn = section - FirstRecordColumn;
    if (recordColumn >= 0 && recordColumn < m_columns.size())
        return m_columns.at(recordColumn).title;
    return {};
}
